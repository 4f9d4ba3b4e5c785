package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.refdesk.index.BrowsePage;
import org.refdesk.index.IndexSearch;
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
        return browse(new BrowseQuery(text, SearchFilter.of(filters), List.of(), Math.max(0, page)));
    }

    /**
     * A page of what the query lets through: the reports it names in order first (those that match), then
     * the rest in browse order (by relevance to the words, else newest first); total and facet counts over
     * all of them.
     */
    public CatalogPage browse(BrowseQuery query) {
        IndexSearch search = index.search();
        SearchFilter filter = query.filter();
        List<String> order = query.order();
        if (order.isEmpty()) {
            BrowsePage p = search.browse(query.text(), filter, query.page(), PAGE_SIZE);
            return new CatalogPage(p.total(), p.items(), p.facets());
        }
        List<String> only = filter.onlyIds() == null ? order
                : order.stream().filter(Set.copyOf(filter.onlyIds())::contains).toList();
        Map<String, Publication> found = new HashMap<>();
        search.browseFrom(query.text(), filter.withIds(only, filter.notIds()), 0, Math.max(1, only.size())).items()
                .forEach(p -> found.put(p.id(), p));
        List<Publication> pinned = order.stream().filter(found::containsKey).map(found::get).toList();
        BrowsePage all = search.browseFrom(query.text(), filter, 0, 0);
        int start = query.page() * PAGE_SIZE;
        List<Publication> items = new ArrayList<>(pinned.subList(Math.min(start, pinned.size()),
                Math.min(start + PAGE_SIZE, pinned.size())));
        if (items.size() < PAGE_SIZE && all.total() > pinned.size()) {
            List<String> skip = new ArrayList<>(filter.notIds());
            skip.addAll(found.keySet());
            items.addAll(search.browseFrom(query.text(), filter.withIds(filter.onlyIds(), skip),
                    Math.max(0, start - pinned.size()), PAGE_SIZE - items.size()).items());
        }
        return new CatalogPage(all.total(), items, all.facets());
    }

    public Optional<Publication> find(String id) {
        return index.find(id);
    }

    public Map<String, Map<String, Integer>> facets() {
        return index.search().facetValues();
    }

    /** Facet counts over everything a retrieval matched (not only the reports it kept). */
    public Map<String, Map<String, Integer>> facetsOfMatching(Retrieval retrieval) {
        return facets(retrieval.matchingSet());
    }

    /** Facet counts (year, category, country...) over every report the filter lets through. */
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
