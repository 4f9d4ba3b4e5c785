package org.refdesk.web;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code perMinute} requests in a burst, refilled evenly over a minute.
 * Idle clients are forgotten once the table is large, so it cannot grow without bound. Thread-safe.
 */
final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("rate limit " + perMinute + " must be 0 (off) or more");
        }
        this.perMinute = perMinute;
        this.clock = nanoClock;
    }

    /** Takes one token for this client; returns 0 when allowed, else the seconds to wait. */
    long acquire(String client) {
        if (perMinute == 0) {
            return 0;
        }
        long now = clock.getAsLong();
        if (buckets.size() > MAX_CLIENTS) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now));
        synchronized (bucket) {
            bucket.refill(now, perMinute);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double nanosPerToken = (double) MINUTE_NANOS / perMinute;
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) * nanosPerToken / 1e9));
        }
    }

    private void forgetIdle(long now) {
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            synchronized (b) {
                b.refill(now, perMinute);
                if (b.tokens >= perMinute) {
                    it.remove();
                }
            }
        }
    }

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(int tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        void refill(long now, int perMinute) {
            tokens = Math.min(perMinute, tokens + (now - updated) * (double) perMinute / MINUTE_NANOS);
            updated = now;
        }
    }
}
