package org.refdesk.retrieve;

import java.util.LinkedHashSet;
import java.util.List;
import org.refdesk.index.SearchFilter;

/**
 * One request to browse the library: optional words ({@code text}, null or blank for none), the reports the
 * {@code filter} lets through, the reports to show first in this order ({@code first}; the ids of
 * {@code filter.onlyIds()} also keep the order they are given in) and the page. Built by {@link BrowseLink}
 * from a query string or from an answer's matching reports.
 */
public record BrowseQuery(String text, SearchFilter filter, List<String> first, int page) {
    public BrowseQuery {
        filter = filter == null ? SearchFilter.NONE : filter;
        first = List.copyOf(first == null ? List.of() : first);
        if (page < 0) {
            throw new IllegalArgumentException("page " + page + " must not be negative");
        }
    }

    /** The reports to list before the rest, in order: {@code first}, then the ids the filter is limited to. */
    List<String> order() {
        LinkedHashSet<String> order = new LinkedHashSet<>(first);
        if (filter.onlyIds() != null) {
            order.addAll(filter.onlyIds());
        }
        return List.copyOf(order);
    }
}
