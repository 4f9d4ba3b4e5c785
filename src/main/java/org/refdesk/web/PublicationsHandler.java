package org.refdesk.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.refdesk.retrieve.Catalog;
import org.refdesk.library.Filters;
import org.refdesk.retrieve.SimilarReports;

/**
 * {@code GET /api/publications} (browse with facets), {@code GET /api/publications/{id}} and
 * {@code GET /api/publications/{id}/similar}.
 */
final class PublicationsHandler {

    private static final int MAX_PAGE = 10_000;
    private static final int DEFAULT_SIMILAR = 5;
    private final Catalog catalog;

    PublicationsHandler(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    void list(Context ctx) {
        Filters filters = new Filters(year(ctx, "yearFrom"), year(ctx, "yearTo"), values(ctx, "country"),
                values(ctx, "region"), values(ctx, "category"));
        filters.problem("").ifPresent(problem -> {
            throw new ApiException(400, problem);
        });
        String q = ctx.queryParam("q");
        if (q != null && q.length() > RequestReader.MAX_QUESTION) {
            throw new ApiException(400, "q must be at most " + RequestReader.MAX_QUESTION + " characters");
        }
        int page = number(ctx, "page", 0);
        if (page > MAX_PAGE) {
            throw new ApiException(400, "page must be at most " + MAX_PAGE);
        }
        ctx.json(catalog.browse(q, filters, page));
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

    private static List<String> values(Context ctx, String name) {
        return ctx.queryParams(name).stream().filter(v -> !v.isBlank()).toList();
    }

    private static Integer year(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : number(ctx, name, 0);
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
