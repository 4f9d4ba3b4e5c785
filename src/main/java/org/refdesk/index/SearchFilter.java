package org.refdesk.index;

import java.util.List;

/**
 * Restrictions on which publications a search may return. Facet lists are exact record values
 * (any value of one list, every list); null years are open ends; every scope must hold.
 */
public record SearchFilter(Integer yearFrom, Integer yearTo, List<String> countries, List<String> regions,
                           List<String> categories, List<String> authors, List<Scope> scopes) {

    public static final SearchFilter NONE =
            new SearchFilter(null, null, List.of(), List.of(), List.of(), List.of(), List.of());

    public SearchFilter {
        countries = List.copyOf(countries == null ? List.of() : countries);
        regions = List.copyOf(regions == null ? List.of() : regions);
        categories = List.copyOf(categories == null ? List.of() : categories);
        authors = List.copyOf(authors == null ? List.of() : authors);
        scopes = List.copyOf(scopes == null ? List.of() : scopes);
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new IllegalArgumentException("year range " + yearFrom + "-" + yearTo + " is empty");
        }
    }

    public boolean isEmpty() {
        return yearFrom == null && yearTo == null && countries.isEmpty() && regions.isEmpty() && categories.isEmpty()
                && authors.isEmpty() && scopes.isEmpty();
    }

    public SearchFilter withYears(Integer from, Integer to) {
        return new SearchFilter(from, to, countries, regions, categories, authors, scopes);
    }

    public SearchFilter withScopes(List<Scope> newScopes) {
        return new SearchFilter(yearFrom, yearTo, countries, regions, categories, authors, newScopes);
    }

    /**
     * Something the question names (a place, a person, an organisation): a record is in scope when one of
     * its countries, regions, authors, affiliations or categories is among {@code values}, or its title or
     * abstract contains one of {@code phrases}.
     */
    public record Scope(String label, List<String> values, List<String> phrases) {
        public Scope {
            values = List.copyOf(values);
            phrases = List.copyOf(phrases);
        }
    }
}
