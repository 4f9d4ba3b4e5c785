package org.refdesk.retrieve;

import java.util.List;
import java.util.Map;
import org.refdesk.library.Publication;

/** One page of the browsable library: total matches, the page's items, and facet counts over all matches. */
public record CatalogPage(int total, List<Publication> items, Map<String, Map<String, Integer>> facets) {
    public CatalogPage {
        items = List.copyOf(items);
        facets = Map.copyOf(facets);
    }
}
