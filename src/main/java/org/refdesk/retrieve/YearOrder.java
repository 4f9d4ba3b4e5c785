package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

/**
 * "The latest ...", "the earliest ...": the reports a question is answered with, ordered by year. The newest
 * (oldest) edition of the best report's series comes first, every edition the filter lets through; else the
 * newest (oldest) among the reports that contain the most of the question's distinctive words, then the rest
 * in the ranking's order. A question with no topic is ordered over all the filter lets through. Thread-safe.
 */
final class YearOrder {

    private final PublicationIndex index;

    YearOrder(PublicationIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /**
     * {@code chosen} ordered by year; when the first of them is one edition of a series ("the latest TIP
     * report"), every edition of that series the filter lets through comes first, newest (oldest) first.
     */
    List<Candidate> ordered(Understanding u, List<Candidate> chosen) {
        if (u.order() == Understanding.Order.RANKING || chosen.isEmpty()) {
            return chosen;
        }
        Comparator<Candidate> byYear = Comparator.comparingInt((Candidate c) ->
                c.publication().year() == null ? Integer.MIN_VALUE : c.publication().year());
        Comparator<Candidate> order = u.order() == Understanding.Order.NEWEST ? byYear.reversed() : byYear;
        List<Candidate> editions = editions(u, chosen);
        if (editions.size() >= 2) {
            List<Candidate> out = new ArrayList<>(editions.stream().sorted(order).toList());
            chosen.stream().filter(c -> !editions.contains(c)).forEach(out::add);
            return out;
        }
        List<Candidate> candidates = chosen;
        int most = candidates.stream().mapToInt(c -> c.matchedTerms().size()).max().orElse(0);
        List<Candidate> full = candidates.stream().filter(c -> c.matchedTerms().size() == most).toList();
        List<Candidate> out = new ArrayList<>(full.stream().sorted(order).toList());
        candidates.stream().filter(c -> !full.contains(c)).forEach(out::add);
        return out;
    }

    /**
     * For a question that is nothing but years ("which publications were released in 2023?"), the reports published in
     * them before those the filter lets through only because their title names one of the years (the 2023 statistics
     * published in 2024); the rest keep their order.
     */
    static List<Candidate> publishedFirst(SearchFilter filter, List<Candidate> candidates) {
        if (!filter.titleYears() || filter.yearFrom() == null && filter.yearTo() == null) {
            return candidates;
        }
        int from = filter.yearFrom() == null ? Integer.MIN_VALUE : filter.yearFrom();
        int to = filter.yearTo() == null ? Integer.MAX_VALUE : filter.yearTo();
        List<Candidate> out = new ArrayList<>(candidates.stream().filter(c -> c.publication().year() != null
                && c.publication().year() >= from && c.publication().year() <= to).toList());
        candidates.stream().filter(c -> !out.contains(c)).forEach(out::add);
        return out;
    }

    /** The editions of the first chosen report's series that the question's filter lets through. */
    private List<Candidate> editions(Understanding u, List<Candidate> chosen) {
        return Series.editions(index.search(), chosen.get(0).publication(), u.filter()).stream()
                .map(p -> chosen.stream().filter(c -> c.publication().id().equals(p.id())).findFirst()
                        .orElse(new Candidate(p, 0, 0, 0, 0f, Float.NaN, List.of())))
                .toList();
    }

    /** The newest (oldest) reports the question's filter lets through, up to {@code max}. */
    List<Candidate> byYear(Understanding u, int max) {
        IndexSearch search = index.search();
        boolean newest = u.order() == Understanding.Order.NEWEST;
        int offset = newest ? 0 : Math.max(0, search.count(u.filter()) - max);
        List<Publication> found = new ArrayList<>(search.browseFrom("", u.filter(), offset, max).items());
        if (!newest) {
            Collections.reverse(found);
        }
        return found.stream().map(p -> new Candidate(p, 0, 0, 0, 0f, Float.NaN, List.of())).toList();
    }
}
