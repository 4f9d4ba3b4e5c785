package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.ScoredId;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

/**
 * "More like this": the reports nearest to one report by its own record vector (the one kNN searches),
 * with what they share of its facets (country, region, category, author) as a small boost that decides
 * between reports about as close in meaning. Never the report itself. Thread-safe.
 */
public final class SimilarReports {

    public static final int MAX_K = 20;
    /** Per shared facet value, at most {@link #MAX_SHARED} of them: a tie-breaker, not a second ranking. */
    private static final double FACET_BOOST = 0.01;
    private static final int MAX_SHARED = 3;
    /** Neighbours looked at before the boost re-orders them. */
    private static final int DEPTH = 40;

    private final PublicationIndex index;

    public SimilarReports(PublicationIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** Up to {@code k} (1..20) reports like {@code id}, closest first; empty when there is no such report. */
    public Optional<List<Similar>> similar(String id, int k) {
        if (k < 1 || k > MAX_K) {
            throw new IllegalArgumentException("k " + k + " is not between 1 and " + MAX_K);
        }
        Optional<Publication> of = index.find(id);
        Optional<float[]> vector = index.search().recordVector(id);
        if (of.isEmpty() || vector.isEmpty()) {
            return Optional.empty();
        }
        SearchFilter notItself = SearchFilter.NONE.withIds(null, List.of(id));
        List<Similar> out = new ArrayList<>();
        for (ScoredId hit : index.search().dense(vector.get(), notItself, Math.max(DEPTH, k))) {
            index.find(hit.id()).filter(p -> !p.id().equals(id)).ifPresent(p -> {
                List<String> shared = shared(of.get(), p);
                double cosine = 2 * hit.score() - 1; // Lucene reports (1 + cos) / 2
                out.add(new Similar(p, Math.round(cosine * 1000) / 1000.0, shared,
                        cosine + FACET_BOOST * Math.min(MAX_SHARED, shared.size())));
            });
        }
        out.sort(Comparator.comparingDouble((Similar s) -> -s.rank()).thenComparing(s -> s.publication().id()));
        return Optional.of(List.copyOf(out.subList(0, Math.min(k, out.size()))));
    }

    /**
     * Up to {@code k} reports like {@code id}, those filed under some country it is not filed under ("Worldwide"
     * included) first, each part closest first; empty when there is no such report.
     */
    public Optional<List<Similar>> elsewhere(String id, int k) {
        Optional<List<Similar>> near = similar(id, MAX_K);
        if (near.isEmpty()) {
            return near;
        }
        List<Similar> out = PlacesBeyond.elsewhereFirst(near.get(), Similar::publication,
                index.find(id).orElseThrow().countries());
        return Optional.of(List.copyOf(out.subList(0, Math.min(k, out.size()))));
    }

    /** The report's own record vector, if there is such a report. */
    public Optional<float[]> vector(String id) {
        return index.search().recordVector(id);
    }

    public Optional<Publication> find(String id) {
        return index.find(id);
    }

    /** The facet values both reports have, in the order country, region, category, author. */
    static List<String> shared(Publication a, Publication b) {
        Set<String> out = new LinkedHashSet<>();
        a.countries().stream().filter(b.countries()::contains).forEach(out::add);
        a.regions().stream().filter(b.regions()::contains).forEach(out::add);
        if (a.category() != null && a.category().equals(b.category())) {
            out.add(a.category());
        }
        a.authors().stream().filter(b.authors()::contains).forEach(out::add);
        return List.copyOf(out);
    }

    /**
     * A report like the one asked about: {@code similarity} is the cosine of the two record vectors,
     * {@code shared} the facet values they have in common; {@code rank} orders them (similarity plus the
     * small facet boost).
     */
    public record Similar(Publication publication, double similarity, List<String> shared, double rank) {
        public Similar {
            Objects.requireNonNull(publication, "publication");
            shared = List.copyOf(shared);
        }
    }
}
