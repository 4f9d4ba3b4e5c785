package org.refdesk.index;

import java.util.List;
import java.util.Map;
import org.refdesk.library.Publication;

/** One page of a browse: the total count, the items, and facet counts over all matches. */
public record BrowsePage(int total, List<Publication> items, Map<String, Map<String, Integer>> facets) {
    public BrowsePage {
        items = List.copyOf(items);
        facets = Map.copyOf(facets);
    }
}
