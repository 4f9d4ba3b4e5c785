package org.refdesk.index;

import java.util.List;

/**
 * Restrictions on which publications a search may return. Facet lists are exact record values
 * (any value of one list, every list); null years are open ends; every scope must hold;
 * {@code onlyIds} (when not null) and {@code notIds} restrict by record id.
 */
public record SearchFilter(Integer yearFrom, Integer yearTo, List<String> countries, List<String> regions,
                           List<String> categories, List<String> authors, List<Scope> scopes,
                           List<String> onlyIds, List<String> notIds) {

    public static final SearchFilter NONE =
            new SearchFilter(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), null, List.of());

    public SearchFilter {
        countries = List.copyOf(countries == null ? List.of() : countries);
        regions = List.copyOf(regions == null ? List.of() : regions);
        categories = List.copyOf(categories == null ? List.of() : categories);
        authors = List.copyOf(authors == null ? List.of() : authors);
        scopes = List.copyOf(scopes == null ? List.of() : scopes);
        onlyIds = onlyIds == null ? null : List.copyOf(onlyIds);
        notIds = List.copyOf(notIds == null ? List.of() : notIds);
    }

    public boolean isEmpty() {
        return yearFrom == null && yearTo == null && countries.isEmpty() && regions.isEmpty() && categories.isEmpty()
                && authors.isEmpty() && scopes.isEmpty() && onlyIds == null && notIds.isEmpty();
    }

    public SearchFilter withYears(Integer from, Integer to) {
        return new SearchFilter(from, to, countries, regions, categories, authors, scopes, onlyIds, notIds);
    }

    public SearchFilter withScopes(List<Scope> newScopes) {
        return new SearchFilter(yearFrom, yearTo, countries, regions, categories, authors, newScopes, onlyIds, notIds);
    }

    /** Restricted to these ids ({@code null}: no restriction) and never those in {@code excluded}. */
    public SearchFilter withIds(List<String> only, List<String> excluded) {
        return new SearchFilter(yearFrom, yearTo, countries, regions, categories, authors, scopes, only, excluded);
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
