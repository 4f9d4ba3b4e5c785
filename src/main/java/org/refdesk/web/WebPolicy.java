package org.refdesk.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How the web app protects itself: the Host check for a loopback-only server, the per-client rate limit
 * on asking (0 = off), the most answers computed at once, how many more may wait in line for one and for
 * how long, the one proxy whose {@code X-Forwarded-For} is believed, and the admin token ({@code null}
 * disables the admin API). Immutable.
 */
public record WebPolicy(boolean loopbackOnly, int rateLimitPerMinute, int maxInFlight, String trustedProxy,
                        String adminToken, int maxQueue, Duration queueTimeout) {

    public static final int DEFAULT_MAX_QUEUE = 64;
    public static final Duration DEFAULT_QUEUE_TIMEOUT = Duration.ofSeconds(10);

    /** The defaults of {@code refdesk serve}: loopback, 60 questions a minute, four per core in flight, no admin. */
    public static final WebPolicy DEFAULT = new WebPolicy(true, 60,
            Math.max(4, 4 * Runtime.getRuntime().availableProcessors()), null, null);

    public WebPolicy {
        Objects.requireNonNull(queueTimeout, "queueTimeout");
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rate limit " + rateLimitPerMinute + " must be 0 (off) or more");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max in flight " + maxInFlight + " must be at least 1");
        }
        if (maxQueue < 0 || queueTimeout.isNegative()) {
            throw new IllegalArgumentException("max queue " + maxQueue + " and queue timeout " + queueTimeout
                    + " must not be negative");
        }
        trustedProxy = trustedProxy == null || trustedProxy.isBlank() ? null : trustedProxy.strip();
        adminToken = adminToken == null || adminToken.isBlank() ? null : adminToken;
    }

    /** With the default line: 64 questions waiting up to 10 s. */
    public WebPolicy(boolean loopbackOnly, int rateLimitPerMinute, int maxInFlight, String trustedProxy,
                     String adminToken) {
        this(loopbackOnly, rateLimitPerMinute, maxInFlight, trustedProxy, adminToken, DEFAULT_MAX_QUEUE,
                DEFAULT_QUEUE_TIMEOUT);
    }

    public WebPolicy withQueue(int newMaxQueue, Duration newQueueTimeout) {
        return new WebPolicy(loopbackOnly, rateLimitPerMinute, maxInFlight, trustedProxy, adminToken, newMaxQueue,
                newQueueTimeout);
    }

    @Override
    public String toString() {
        return "WebPolicy[loopbackOnly=" + loopbackOnly + ", rateLimitPerMinute=" + rateLimitPerMinute
                + ", maxInFlight=" + maxInFlight + ", maxQueue=" + maxQueue + ", queueTimeout=" + queueTimeout
                + ", trustedProxy=" + trustedProxy + ", adminToken=" + (adminToken == null ? "unset" : "***") + "]";
    }
}
