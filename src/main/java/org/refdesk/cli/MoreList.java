package org.refdesk.cli;

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
        Map<String, List<String>> params =
                new LinkedHashMap<>(BrowseLink.decode(href.substring(href.indexOf('?') + 1)));
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
}
