package org.refdesk.cli;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.BrowseLink;
import org.refdesk.retrieve.BrowseQuery;
import org.refdesk.retrieve.Catalog;
import org.refdesk.retrieve.CatalogPage;

/**
 * Follows an answer's "and N more" link in this process, page by page, as the web page does over HTTP: the
 * titles of every report the list holds, in its order. For measuring a list question's recall over what
 * the user can open, not only over the reports cited. Thread-safe.
 */
final class MoreList {

    /** More pages than any link may hold (ids are capped); a guard against a list that never ends. */
    private static final int MAX_PAGES = 100;
    private final Catalog catalog;

    MoreList(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    List<String> titles(String href) {
        Map<String, List<String>> params = params(href);
        List<String> titles = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            params.put("page", List.of(String.valueOf(page)));
            BrowseQuery query = BrowseLink.parse(params);
            CatalogPage found = catalog.browse(query);
            found.items().stream().map(Publication::title).forEach(titles::add);
            if (found.items().isEmpty() || titles.size() >= found.total()) {
                break;
            }
        }
        return titles;
    }

    /** The link's query parameters, decoded, in order. */
    static Map<String, List<String>> params(String href) {
        String query = URI.create(href).getRawQuery();
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return params;
    }
}
