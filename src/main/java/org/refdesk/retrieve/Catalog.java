package org.refdesk.retrieve;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.refdesk.index.BrowsePage;
import org.refdesk.index.PublicationIndex;
import org.refdesk.library.Publication;

/** Browsing and looking up the library, for the UI's list and cards. Thread-safe. */
public final class Catalog {

    public static final int PAGE_SIZE = 20;
    private final PublicationIndex index;

    public Catalog(PublicationIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    public CatalogPage browse(String text, Filters filters, int page) {
        BrowsePage p = index.search().browse(text, filters.toSearchFilter(), Math.max(0, page), PAGE_SIZE);
        return new CatalogPage(p.total(), p.items(), p.facets());
    }

    public Optional<Publication> find(String id) {
        return index.find(id);
    }

    public Map<String, Map<String, Integer>> facets() {
        return index.search().facetValues();
    }

    public int size() {
        return index.size();
    }

    /** Index segments, for measurement: each is searched with its own vector graph. */
    public int segments() {
        return index.search().segments();
    }
}
