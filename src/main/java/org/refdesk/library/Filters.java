package org.refdesk.library;

import java.util.List;
import java.util.Optional;

/**
 * The filters a person sets explicitly (in the UI, the body of {@code POST /api/ask}, the query of
 * {@code GET /api/publications}): all optional, values as the records spell them. The one type from the request
 * to the index: Jackson binds the request body to it, retrieval carries it in the question, and the index's
 * {@code SearchFilter} holds it as it came. Adding a facet starts here.
 */
public record Filters(Integer yearFrom, Integer yearTo, List<String> countries, List<String> regions,
                      List<String> categories) {

    public static final Filters NONE = new Filters(null, null, List.of(), List.of(), List.of());

    public Filters {
        countries = List.copyOf(countries == null ? List.of() : countries);
        regions = List.copyOf(regions == null ? List.of() : regions);
        categories = List.copyOf(categories == null ? List.of() : categories);
    }

    /**
     * Why a person's filters cannot hold, worded with {@code prefix} before each field name (like "filters."
     * for a request body); empty when they can. The one place these rules live.
     */
    public Optional<String> problem(String prefix) {
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            return Optional.of(prefix + "yearFrom " + yearFrom + " is after " + prefix + "yearTo " + yearTo);
        }
        return Optional.empty();
    }

    /** The same filters with other years (null: an open end). */
    public Filters withYears(Integer from, Integer to) {
        return new Filters(from, to, countries, regions, categories);
    }
}
