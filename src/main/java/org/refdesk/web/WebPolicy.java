package org.refdesk.web;

/**
 * How the web app protects itself: the Host check for a loopback-only server, the per-client rate limit
 * on asking (0 = off), the most answers computed at once, the one proxy whose {@code X-Forwarded-For} is
 * believed, and the admin token ({@code null} disables the admin API). Immutable.
 */
public record WebPolicy(boolean loopbackOnly, int rateLimitPerMinute, int maxInFlight, String trustedProxy,
                        String adminToken) {

    /** The defaults of {@code refdesk serve}: loopback, 60 questions a minute, four per core in flight, no admin. */
    public static final WebPolicy DEFAULT = new WebPolicy(true, 60,
            Math.max(4, 4 * Runtime.getRuntime().availableProcessors()), null, null);

    public WebPolicy {
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rate limit " + rateLimitPerMinute + " must be 0 (off) or more");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max in flight " + maxInFlight + " must be at least 1");
        }
        trustedProxy = trustedProxy == null || trustedProxy.isBlank() ? null : trustedProxy.strip();
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
    }

    @Override
    public String toString() {
        return "WebPolicy[loopbackOnly=" + loopbackOnly + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", maxInFlight=" + maxInFlight + ", trustedProxy=" + trustedProxy + ", adminToken="
                + (adminToken == null ? "unset" : "***") + "]";
    }
}
