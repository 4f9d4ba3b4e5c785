package org.refdesk.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Checks {@code Authorization: Bearer <token>} against the configured admin token in constant time
 * (both sides are hashed first, so neither the content nor the length leaks through timing). With no
 * token configured the admin API is disabled. Thread-safe.
 */
final class AdminAuth {

    private final byte[] expected;

    AdminAuth(String token) {
        this.expected = token == null ? null : sha256(token);
    }

    void check(Context ctx) {
        if (expected == null) {
            throw new ApiException(403, "the admin API is disabled: set REFDESK_ADMIN_TOKEN to enable it");
        }
        String header = ctx.header("Authorization");
        String given = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).strip()
                : "";
        if (!MessageDigest.isEqual(expected, sha256(given))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"refdesk admin\"");
            throw new ApiException(401, "a valid admin token is required (Authorization: Bearer <token>)");
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
