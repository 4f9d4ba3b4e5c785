package org.refdesk.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.refdesk.export.ExportFormat;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Catalog;

/** {@code GET /api/export?ids=a,b&format=ris|bibtex|csv|md}: the reading list as a file to download. */
final class ExportHandler {

    static final int MAX_IDS = 500;
    private final Catalog catalog;

    ExportHandler(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    void export(Context ctx) {
        String name = ctx.queryParam("format");
        ExportFormat format = ExportFormat.named(name).orElseThrow(() -> new ApiException(400,
                "format must be one of ris, bibtex, csv, md, not '" + (name == null ? "" : name) + "'"));
        List<Publication> publications = new ArrayList<>();
        for (String id : ids(ctx)) {
            publications.add(catalog.find(id)
                    .orElseThrow(() -> new ApiException(404, "no publication with id '" + id + "'")));
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        ctx.contentType(format.mediaType()).result(format.format(publications));
    }

    private static Set<String> ids(Context ctx) {
        Set<String> ids = new LinkedHashSet<>();
        for (String param : ctx.queryParams("ids")) {
            for (String id : param.split(",")) {
                if (!id.isBlank()) {
                    ids.add(id.strip());
                }
            }
        }
        if (ids.isEmpty()) {
            throw new ApiException(400, "ids must name at least one publication");
        }
        if (ids.size() > MAX_IDS) {
            throw new ApiException(400, "ids may name at most " + MAX_IDS + " publications");
        }
        return ids;
    }
}
