package org.refdesk.index;

import java.util.List;
import org.refdesk.library.Filters;

/**
 * Restrictions on which publications a search may return: the {@link Filters} a person set (or understanding
 * derived from the question), plus what only the question can add. Facet lists are exact record values (any
 * value of one list, every list); null years are open ends; every scope must hold; {@code onlyIds} (when not
 * null) and {@code notIds} restrict by record id. With {@code titleYears}, a year range also lets through
 * a report whose title names a year in it: annual reports are titled by the year they cover and often
 * published the next ("Statistics 2017", out in 2018); set for years read from a question, never for the
 * year facet a person ticks (whose counts must match what it lists).
 */
public record SearchFilter(Filters facets, List<String> authors, List<Scope> scopes, List<String> onlyIds,
                           List<String> notIds, boolean titleYears) {

    public static final SearchFilter NONE = of(Filters.NONE);

    public SearchFilter {
        facets = facets == null ? Filters.NONE : facets;
        authors = List.copyOf(authors == null ? List.of() : authors);
        scopes = List.copyOf(scopes == null ? List.of() : scopes);
        onlyIds = onlyIds == null ? null : List.copyOf(onlyIds);
        notIds = List.copyOf(notIds == null ? List.of() : notIds);
    }

    /** Exactly the filters a person set, nothing more. */
    public static SearchFilter of(Filters facets) {
        return new SearchFilter(facets, List.of(), List.of(), null, List.of(), false);
    }

    public Integer yearFrom() {
        return facets.yearFrom();
    }

    public Integer yearTo() {
        return facets.yearTo();
    }

    public List<String> countries() {
        return facets.countries();
    }

    public List<String> regions() {
        return facets.regions();
    }

    public List<String> categories() {
        return facets.categories();
    }

    public boolean isEmpty() {
        return yearFrom() == null && yearTo() == null && countries().isEmpty() && regions().isEmpty()
                && categories().isEmpty() && authors.isEmpty() && scopes.isEmpty() && onlyIds == null
                && notIds.isEmpty();
    }

    public SearchFilter withYears(Integer from, Integer to) {
        return new SearchFilter(facets.withYears(from, to), authors, scopes, onlyIds, notIds, titleYears);
    }

    public SearchFilter withScopes(List<Scope> newScopes) {
        return new SearchFilter(facets, authors, newScopes, onlyIds, notIds, titleYears);
    }

    /** Restricted to these ids ({@code null}: no restriction) and never those in {@code excluded}. */
    public SearchFilter withIds(List<String> only, List<String> excluded) {
        return new SearchFilter(facets, authors, scopes, only, excluded, titleYears);
    }

    /** The same filter, its year range also met by a year in a report's title (or not). */
    public SearchFilter withTitleYears(boolean on) {
        return new SearchFilter(facets, authors, scopes, onlyIds, notIds, on);
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
