package org.refdesk.retrieve;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Filters;

/**
 * The query string of {@code GET /api/publications}, both ways: read into a {@link BrowseQuery} (with limits
 * on counts and lengths, every problem a {@link BadBrowseQuery}), and written from one, so that an answer
 * can link to exactly the reports it matched. Parameters: {@code q}, {@code page}, the facets ({@code yearFrom},
 * {@code yearTo}, {@code country}, {@code region}, {@code category}), {@code author}, {@code scope} (see
 * {@link ScopeParam}), {@code id} (only these reports, in this order), {@code notId} and {@code first} (these
 * reports first, in this order). The link carries the whole list definition: no state on the server.
 * Stateless and thread-safe.
 */
public final class BrowseLink {

    public static final String PATH = "/api/publications";
    public static final int MAX_TEXT = 2000;
    public static final int MAX_PAGE = 10_000;
    /** Ids per parameter ({@code id}, {@code notId}, {@code first}). */
    public static final int MAX_IDS = 200;
    /** Values per facet or author parameter. */
    public static final int MAX_VALUES = 100;
    public static final int MAX_VALUE_LENGTH = 300;

    private BrowseLink() {
    }

    /** Reads a query string's parameters (name to values, as the server decoded them). */
    public static BrowseQuery parse(Map<String, List<String>> params) {
        String q = one(params, "q");
        if (q != null && q.length() > MAX_TEXT) {
            throw new BadBrowseQuery("q must be at most " + MAX_TEXT + " characters");
        }
        Filters facets = new Filters(year(params, "yearFrom"), year(params, "yearTo"),
                values(params, "country", MAX_VALUES), values(params, "region", MAX_VALUES),
                values(params, "category", MAX_VALUES));
        facets.problem("").ifPresent(problem -> {
            throw new BadBrowseQuery(problem);
        });
        List<String> ids = values(params, "id", MAX_IDS);
        SearchFilter filter = new SearchFilter(facets, values(params, "author", MAX_VALUES),
                ScopeParam.parseAll(params.getOrDefault("scope", List.of())), ids.isEmpty() ? null : ids,
                values(params, "notId", MAX_IDS), "1".equals(one(params, "titleYears")));
        int page = number(params, "page", 0);
        if (page > MAX_PAGE) {
            throw new BadBrowseQuery("page must be at most " + MAX_PAGE);
        }
        return new BrowseQuery(q, filter, values(params, "first", MAX_IDS), page);
    }

    /** The query string (without "?") that {@link #parse} reads back as this query. */
    public static String format(BrowseQuery query) {
        List<String> out = new ArrayList<>();
        SearchFilter f = query.filter();
        add(out, "q", query.text() == null || query.text().isBlank() ? List.of() : List.of(query.text()));
        add(out, "yearFrom", f.yearFrom() == null ? List.of() : List.of(String.valueOf(f.yearFrom())));
        add(out, "yearTo", f.yearTo() == null ? List.of() : List.of(String.valueOf(f.yearTo())));
        add(out, "titleYears", f.titleYears() && (f.yearFrom() != null || f.yearTo() != null) ? List.of("1")
                : List.of());
        add(out, "country", f.countries());
        add(out, "region", f.regions());
        add(out, "category", f.categories());
        add(out, "author", f.authors());
        add(out, "scope", f.scopes().stream().map(ScopeParam::format).toList());
        add(out, "id", f.onlyIds() == null ? List.of() : f.onlyIds());
        add(out, "notId", f.notIds());
        add(out, "first", query.first());
        add(out, "page", query.page() == 0 ? List.of() : List.of(String.valueOf(query.page())));
        return String.join("&", out);
    }

    /**
     * A link to every report a retrieval matched, the {@code cited} ones first in this order; empty when
     * the list cannot be written within the limits {@link #parse} accepts.
     */
    public static Optional<String> href(Retrieval retrieval, List<String> cited) {
        SearchFilter set = retrieval.matchingSet();
        BrowseQuery query;
        if (set.onlyIds() != null) {
            LinkedHashSet<String> ordered = new LinkedHashSet<>(cited);
            ordered.retainAll(set.onlyIds());
            ordered.addAll(set.onlyIds());
            query = new BrowseQuery(null, set.withIds(List.copyOf(ordered), set.notIds()), List.of(), 0);
        } else {
            query = new BrowseQuery(null, set, cited, 0);
        }
        String link = PATH + "?" + format(query);
        try {
            return parse(decode(format(query))).equals(query) ? Optional.of(link) : Optional.empty();
        } catch (BadBrowseQuery tooLong) {
            return Optional.empty();
        }
    }

    /** A query string's parameters, name to values in order (as a server decodes them). */
    public static Map<String, List<String>> decode(String queryString) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : queryString.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    private static void add(List<String> out, String name, List<String> values) {
        values.forEach(v -> out.add(name + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
    }

    private static String one(Map<String, List<String>> params, String name) {
        List<String> all = params.getOrDefault(name, List.of());
        return all.isEmpty() ? null : all.get(0);
    }

    private static List<String> values(Map<String, List<String>> params, String name, int max) {
        List<String> out = params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
        if (out.size() > max) {
            throw new BadBrowseQuery(name + " may be given at most " + max + " times, not " + out.size());
        }
        out.stream().filter(v -> v.length() > MAX_VALUE_LENGTH).findFirst().ifPresent(v -> {
            throw new BadBrowseQuery(name + " values must be at most " + MAX_VALUE_LENGTH + " characters");
        });
        return out;
    }

    private static Integer year(Map<String, List<String>> params, String name) {
        String v = one(params, name);
        return v == null || v.isBlank() ? null : number(params, name, 0);
    }

    private static int number(Map<String, List<String>> params, String name, int fallback) {
        String v = one(params, name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!v.matches("\\d{1,9}")) {
            throw new BadBrowseQuery(name + " must be a non-negative whole number, not '" + printable(v) + "'");
        }
        return Integer.parseInt(v);
    }

    private static String printable(String v) {
        String shown = v.length() > 40 ? v.substring(0, 40) + "…" : v;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
