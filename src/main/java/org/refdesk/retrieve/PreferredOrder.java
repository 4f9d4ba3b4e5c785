package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SearchFilter;

/**
 * The order of the reports the gate kept when the question prefers some of them: the names it uses as topic words,
 * and a follow-up's new subject. A preference reorders, it never changes which reports are cited. Thread-safe.
 */
final class PreferredOrder {

    private final PublicationIndex index;

    PreferredOrder(PublicationIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * The names the question uses as topic words ("WHO information sheet") come first; within them, and among the
     * rest, the reports holding a follow-up's new subject. Applied to the reports the gate kept: a weak name ("the UN
     * definition") must not change which reports are cited.
     */
    List<Candidate> order(Understanding u, List<Candidate> kept, float[] vector, Calibration cal) {
        IndexSearch search = index.search();
        // a report only the word list reached ("figures" in a UK bulletin after a US hotline report) is no report on
        // the new subject: the vector search must have reached it too
        List<Candidate> reached = kept.stream().filter(c -> !Float.isNaN(c.cosine())).toList();
        List<SearchFilter.Scope> subject = u.subject().stream()
                .map(t -> new SearchFilter.Scope(t, List.of(), List.of(t))).toList();
        List<Candidate> ordered = first(kept, within(search, u, reached, vector, subject));
        // a name used as a word ("the yearly anti-slavery statement" beside Anti-Slavery International) puts its
        // reports first only when one of them is about as close in meaning as the best (within the calibrated gap)
        Set<String> named = within(search, u, ordered, vector, u.preferred());
        double top = ordered.stream().mapToDouble(Candidate::cosine).filter(c -> !Double.isNaN(c)).max().orElse(0);
        boolean close = ordered.stream().anyMatch(c -> named.contains(c.publication().id())
                && c.cosine() >= top - cal.offTopicGap());
        return close ? first(ordered, named) : ordered;
    }

    /** The ids of the reports among {@code among} within any of the scopes. */
    private static Set<String> within(IndexSearch search, Understanding u, List<Candidate> among, float[] vector,
                                      List<SearchFilter.Scope> scopes) {
        Set<String> within = new HashSet<>();
        if (among.isEmpty()) {
            return within;
        }
        List<String> ids = among.stream().map(c -> c.publication().id()).toList();
        for (SearchFilter.Scope scope : scopes) {
            SearchFilter only = u.filter().withScopes(List.of(scope)).withIds(ids, List.of());
            search.dense(vector, only, ids.size()).forEach(d -> within.add(d.id()));
        }
        return within;
    }

    /** The reports whose ids are in {@code within} first, the order kept in each group. */
    private static List<Candidate> first(List<Candidate> ordered, Set<String> within) {
        if (within.isEmpty() || within.size() == ordered.size()) {
            return ordered;
        }
        List<Candidate> out = new ArrayList<>();
        ordered.stream().filter(c -> within.contains(c.publication().id())).forEach(out::add);
        ordered.stream().filter(c -> !within.contains(c.publication().id())).forEach(out::add);
        return out;
    }
}
