package org.refdesk.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * Refuses requests whose {@code Host} is not a loopback name while the server listens on loopback only,
 * so a web page cannot reach it through DNS rebinding. Thread-safe.
 */
final class HostCheck {

    private final boolean loopbackOnly;

    HostCheck(boolean loopbackOnly) {
        this.loopbackOnly = loopbackOnly;
    }

    void check(Context ctx) {
        if (loopbackOnly && !isLoopback(ctx.header("Host"))) {
            throw new ApiException(403, "this server only answers requests addressed to localhost");
        }
    }

    static boolean isLoopback(String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostName(hostHeader.strip().toLowerCase(Locale.ROOT));
        return host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")
                || host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static String hostName(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        String name = colon < 0 ? host : host.substring(0, colon);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
