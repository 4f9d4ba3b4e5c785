package org.refdesk.web;

import io.javalin.http.Context;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.refdesk.library.CollectionReader;
import org.refdesk.library.ParseResult;

/**
 * The admin API: {@code POST /api/admin/publications} (JSON Lines, CSV or a listing page) adds or
 * updates records, keeping the good ones of a body and reporting the bad ones by line;
 * {@code DELETE /api/admin/publications/{id}}; {@code POST /api/admin/reindex}. Every route needs the
 * admin token (checked by {@link AdminAuth} before this runs).
 */
final class AdminHandler {

    private static final int MAX_ID = 200;
    private static final int MAX_MESSAGE = 400;
    private final LibraryAdmin admin;
    private final CollectionReader reader = new CollectionReader();

    AdminHandler(LibraryAdmin admin) {
        this.admin = Objects.requireNonNull(admin, "admin");
    }

    void upsert(Context ctx) {
        String body = text(RequestLimits.readUpload(ctx));
        if (body.isBlank()) {
            throw new ApiException(400, "the upload is empty");
        }
        ParseResult parsed = reader.parse("upload", body, format(ctx, body));
        List<LibraryAdmin.Rejected> rejected = parsed.problems().stream()
                .map(p -> new LibraryAdmin.Rejected(p.line(), message(p.message()))).toList();
        if (parsed.publications().isEmpty()) {
            ctx.status(400).json(new LibraryAdmin.Report(0, 0, 0, 0, 0, 0, rejected));
            return;
        }
        LibraryAdmin.Change change = admin.upsert(parsed);
        ctx.json(new LibraryAdmin.Report(parsed.publications().size(), change.added(), change.updated(),
                change.removed(), change.unchanged(), parsed.publications().size() + rejected.size(), rejected));
    }

    void delete(Context ctx) {
        String id = ctx.pathParam("id");
        if (id.isBlank() || id.length() > MAX_ID) {
            throw new ApiException(400, "id must be 1 to " + MAX_ID + " characters");
        }
        if (!admin.delete(id)) {
            throw new ApiException(404, "no publication with id '" + RequestLimits.printable(id) + "'");
        }
        // a 204 has no body, so it names no content type (Javalin would default to text/plain)
        ctx.status(204);
        ctx.res().setContentType(null);
    }

    void reindex(Context ctx) {
        LibraryAdmin.Change change = admin.reindex();
        ctx.json(change);
    }

    /** A parse problem in full (it echoes at most a short piece of the upload), printable ASCII only. */
    static String message(String text) {
        String clean = text.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > MAX_MESSAGE ? clean.substring(0, MAX_MESSAGE) + "..." : clean;
    }

    private static CollectionReader.Format format(Context ctx, String body) {
        String type = String.valueOf(ctx.contentType()).toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv")) {
            return CollectionReader.Format.CSV;
        }
        if (type.startsWith("application/x-ndjson") || type.startsWith("application/jsonl")
                || type.startsWith("application/json")) {
            return CollectionReader.Format.JSONL;
        }
        if (type.startsWith("text/html")) {
            return CollectionReader.Format.LISTING;
        }
        return CollectionReader.sniff(body);
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ApiException(400, "the upload is not valid UTF-8");
        }
    }
}
