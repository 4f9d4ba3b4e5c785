package org.refdesk.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.refdesk.retrieve.BrowseLink;
import org.refdesk.retrieve.Catalog;
import org.refdesk.retrieve.SimilarReports;

/**
 * {@code GET /api/publications} (browse with facets, or a list an answer links to),
 * {@code GET /api/publications/{id}} and {@code GET /api/publications/{id}/similar}.
 */
final class PublicationsHandler {

    private static final int DEFAULT_SIMILAR = 5;
    private final Catalog catalog;

    PublicationsHandler(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Browses; the query string is read (and refused with a 400 when it cannot be) by {@link BrowseLink}. */
    void list(Context ctx) {
        ctx.json(catalog.browse(BrowseLink.parse(ctx.queryParamMap())));
    }

    void one(Context ctx) {
        String id = ctx.pathParam("id");
        ctx.json(catalog.find(id).orElseThrow(() -> new ApiException(404, "no publication with id '" + id + "'")));
    }

    /** {@code GET /api/publications/{id}/similar?k=5}: the nearest reports, never the one asked about. */
    void similar(Context ctx) {
        String id = ctx.pathParam("id");
        int k = number(ctx, "k", DEFAULT_SIMILAR);
        if (k < 1 || k > SimilarReports.MAX_K) {
            throw new ApiException(400, "k must be between 1 and " + SimilarReports.MAX_K + ", not " + k);
        }
        List<SimilarReports.Similar> found = catalog.similar(id, k)
                .orElseThrow(() -> new ApiException(404, "no publication with id '" + RequestLimits.printable(id)
                + "'"));
        ctx.json(new SimilarResponse(id, found.stream()
                .map(s -> new SimilarResponse.Item(s.publication(), s.similarity(), s.shared())).toList()));
    }

    private static int number(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        if (!v.matches("\\d{1,9}")) {
            throw new ApiException(400, name + " must be a non-negative whole number, not '" + v + "'");
        }
        return Integer.parseInt(v);
    }
}
