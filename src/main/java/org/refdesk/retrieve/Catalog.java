package org.refdesk.retrieve;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.refdesk.index.BrowsePage;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Filters;
import org.refdesk.library.Publication;

/** Browsing and looking up the library, for the UI's list and cards. Thread-safe. */
public final class Catalog {

    public static final int PAGE_SIZE = 20;
    private final PublicationIndex index;
    private final SimilarReports similar;

    public Catalog(PublicationIndex index) {
        this.index = Objects.requireNonNull(index, "index");
        this.similar = new SimilarReports(index);
    }

    /** "More like this": up to {@code k} (1..20) reports like {@code id}; empty when there is no such report. */
    public Optional<List<SimilarReports.Similar>> similar(String id, int k) {
        return similar.similar(id, k);
    }

    public CatalogPage browse(String text, Filters filters, int page) {
        BrowsePage p = index.search().browse(text, SearchFilter.of(filters), Math.max(0, page), PAGE_SIZE);
        return new CatalogPage(p.total(), p.items(), p.facets());
    }

    public Optional<Publication> find(String id) {
        return index.find(id);
    }

    public Map<String, Map<String, Integer>> facets() {
        return index.search().facetValues();
    }

    /** Facet counts (year, category, country...) over every report the filter lets through. */
    /** Facet counts over everything a retrieval matched (not only the reports it kept). */
    public Map<String, Map<String, Integer>> facetsOfMatching(Retrieval retrieval) {
        return facets(retrieval.matchingSet());
    }

    public Map<String, Map<String, Integer>> facets(SearchFilter filter) {
        return index.search().browse("", filter, 0, 1).facets();
    }

    public int size() {
        return index.size();
    }

    /** Index segments, for measurement: each is searched with its own vector graph. */
    public int segments() {
        return index.search().segments();
    }
}
