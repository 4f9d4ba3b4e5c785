package org.refdesk.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.refdesk.export.CitationStyle;
import org.refdesk.export.Citations;
import org.refdesk.export.ExportFormat;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Catalog;

/**
 * {@code GET /api/export?ids=a,b&format=ris|bibtex|csv|md|jsonl|citation[&style=apa|...]}: the reading list
 * as a file to download; {@code citation} is a plain-text bibliography in a CSL style.
 */
final class ExportHandler {

    static final int MAX_IDS = 500;
    private static final String CITATION = "citation";
    private static final String FORMATS = "ris, bibtex, csv, md, jsonl, citation";
    private final Catalog catalog;
    private final Citations citations;

    ExportHandler(Catalog catalog) {
        this(catalog, new Citations());
    }

    ExportHandler(Catalog catalog, Citations citations) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.citations = Objects.requireNonNull(citations, "citations");
    }

    void export(Context ctx) {
        String name = ctx.queryParam("format");
        if (name != null && name.strip().equalsIgnoreCase(CITATION)) {
            CitationStyle style = style(ctx.queryParam("style"));
            String text = citations.bibliography(style, publications(ctx));
            ctx.header("Content-Disposition", "attachment; filename=\"refdesk-reading-list-" + style.cslName()
                    + ".txt\"");
            ctx.contentType("text/plain; charset=utf-8").result(text);
            return;
        }
        ExportFormat format = ExportFormat.named(name).orElseThrow(() -> new ApiException(400,
                "format must be one of " + FORMATS + ", not '" + RequestLimits.printable(name == null ? "" : name)
                + "'"));
        List<Publication> publications = publications(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"" + format.fileName() + "\"");
        ctx.contentType(format.mediaType()).result(format.format(publications));
    }

    private static CitationStyle style(String name) {
        if (name == null || name.isBlank()) {
            return CitationStyle.APA;
        }
        return CitationStyle.named(name).orElseThrow(() -> new ApiException(400, "style must be one of "
                + String.join(", ", Arrays.stream(CitationStyle.values()).map(CitationStyle::cslName).toList())
                + ", not '" + RequestLimits.printable(name) + "'"));
    }

    private List<Publication> publications(Context ctx) {
        List<Publication> publications = new ArrayList<>();
        for (String id : ids(ctx)) {
            publications.add(catalog.find(id).orElseThrow(() ->
                    new ApiException(404, "no publication with id '" + RequestLimits.printable(id) + "'")));
        }
        return publications;
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
