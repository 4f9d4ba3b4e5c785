package org.refdesk.web;

import io.javalin.http.Context;

/**
 * Who a request comes from, for rate limiting: the socket's address, or the address the trusted proxy
 * appended to {@code X-Forwarded-For} when the request comes from that proxy. Thread-safe.
 */
final class ClientAddress {

    private final String trustedProxy;

    ClientAddress(String trustedProxy) {
        this.trustedProxy = trustedProxy;
    }

    String of(Context ctx) {
        String remote = ctx.req().getRemoteAddr();
        if (trustedProxy == null || !trustedProxy.equals(remote)) {
            return remote;
        }
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return remote;
        }
        // the proxy appends the address it saw; entries further left are whatever the client claimed
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        return last.isEmpty() || last.length() > 64 ? remote : last;
    }
}
