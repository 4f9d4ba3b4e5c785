package org.refdesk.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EndPoint;

/**
 * Size and type limits on request bodies. Question bodies are capped at {@link #MAX_BODY} by Javalin's
 * {@code maxRequestSize} (which also counts chunked bodies without a Content-Length); uploads to the
 * admin API at {@link #MAX_UPLOAD}. Thread-safe.
 */
final class RequestLimits {

    static final int MAX_BODY = 64 * 1024;
    static final int MAX_UPLOAD = 32 * 1024 * 1024;
    private static final Set<String> UPLOAD_TYPES = Set.of("application/json", "application/x-ndjson",
            "application/jsonl", "application/jsonlines", "text/csv", "text/plain", "text/html");

    private RequestLimits() {
    }

    /** Before-handler for {@code /api/ask*}: a POST must be JSON and not declare more than the cap. */
    static void checkAsk(Context ctx) {
        if (ctx.method() != HandlerType.POST) {
            return;
        }
        String type = mediaType(ctx);
        if (!type.equals("application/json")) {
            throw new ApiException(415, "Content-Type must be application/json, not '" + printable(type) + "'");
        }
        checkDeclaredLength(ctx, MAX_BODY);
    }

    /** Before-handler for admin uploads: one of the collection formats. */
    static void checkUpload(Context ctx) {
        String type = mediaType(ctx);
        if (!UPLOAD_TYPES.contains(type)) {
            throw new ApiException(415, "Content-Type must be one of " + UPLOAD_TYPES.stream().sorted().toList()
                    + ", not '" + printable(type) + "'");
        }
        checkDeclaredLength(ctx, MAX_UPLOAD);
    }

    /** Reads an admin upload, counting bytes as they come so a chunked body cannot exceed the cap. */
    static byte[] readUpload(Context ctx) {
        return read(ctx, MAX_UPLOAD, Long.MAX_VALUE, "upload");
    }

    /**
     * Reads a question body whole, capped at {@link #MAX_BODY}; a body still arriving after {@code deadline}
     * is refused with 408 (checked as bytes arrive; a silent client meets the same deadline as its idle timeout).
     */
    static String readAsk(Context ctx, Duration deadline) {
        // a client that falls silent mid-body is cut off after the deadline too, not after the idle timeout
        EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req()).getConnectionMetaData()
                .getConnection().getEndPoint();
        long idle = endPoint.getIdleTimeout();
        endPoint.setIdleTimeout(Math.min(idle, deadline.toMillis()));
        try {
            return new String(read(ctx, MAX_BODY, deadline.toNanos(), "request body"), StandardCharsets.UTF_8);
        } finally {
            endPoint.setIdleTimeout(idle);
        }
    }

    private static byte[] read(Context ctx, int max, long deadlineNanos, String what) {
        long start = System.nanoTime();
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) != -1; ) {
                if (out.size() + n > max) {
                    throw new ApiException(413, what + " must be at most " + max + " bytes");
                }
                if (System.nanoTime() - start > deadlineNanos) {
                    throw new ApiException(408, what + " took too long to arrive");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            for (Throwable c = e; c != null; c = c.getCause()) {
                if (c instanceof HttpException http && http.getCode() == 400) {
                    // broken framing (a bad chunk size): the client's request is malformed, not late
                    throw new ApiException(400, "the " + what + " could not be read");
                }
            }
            // the client went away or fell silent past the idle timeout: nothing to answer
            throw new ApiException(408, "the " + what + " did not arrive");
        }
    }

    private static void checkDeclaredLength(Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) {
            throw new ApiException(413, "request body must be at most " + max + " bytes");
        }
    }

    private static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int semi = type.indexOf(';');
        return (semi < 0 ? type : type.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    /** Caller text echoed in an error: printable ASCII only, and short. */
    static String printable(String text) {
        String clean = text.replaceAll("[^\\x20-\\x7E]", "?");
        return clean.length() > 80 ? clean.substring(0, 80) + "..." : clean;
    }
}
