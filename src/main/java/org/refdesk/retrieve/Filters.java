package org.refdesk.retrieve;

import java.util.List;
import org.refdesk.index.SearchFilter;

/** Filters a person set explicitly (in the UI or the request): all optional, values as the records spell them. */
public record Filters(Integer yearFrom, Integer yearTo, List<String> countries, List<String> regions,
                      List<String> categories) {

    public static final Filters NONE = new Filters(null, null, List.of(), List.of(), List.of());

    public Filters {
        countries = List.copyOf(countries == null ? List.of() : countries);
        regions = List.copyOf(regions == null ? List.of() : regions);
        categories = List.copyOf(categories == null ? List.of() : categories);
    }

    SearchFilter toSearchFilter() {
        return new SearchFilter(yearFrom, yearTo, countries, regions, categories, List.of(), List.of(), null, List.of());
    }
}
