package org.refdesk.web;

import io.javalin.http.Context;

/** Headers every response carries: a strict CSP, no sniffing, no referrer; API answers are never cached. */
final class SecurityHeaders {

    static final String CSP = "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/health/")) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
