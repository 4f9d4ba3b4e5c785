package org.refdesk.web;

import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;

/**
 * A route asked with a method it does not take ({@code GET /api/ask}): 405 with the {@code Allow}
 * header naming the methods it does take, and the usual JSON error body.
 */
final class MethodNotAllowed {

    private MethodNotAllowed() {
    }

    static void handle(MethodNotAllowedResponse e, Context ctx) {
        String allowed = e.getDetails().getOrDefault("availableMethods", "");
        ctx.header("Allow", allowed);
        WebServer.error(ctx, 405, ctx.method() + " is not allowed on " + RequestLimits.printable(ctx.path())
                + (allowed.isEmpty() ? "" : "; use " + allowed));
    }
}
