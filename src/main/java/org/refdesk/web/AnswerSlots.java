package org.refdesk.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The answer slots: at most {@code slots} answers computed at once, and a bounded first-come-first-served
 * line of at most {@code maxQueue} requests waiting up to {@code timeout} for one. A request is refused with
 * 503 and {@code Retry-After} only when the line is full or its wait ran out. Taken only once the request
 * body is read and valid, so a slow client never holds a slot or a place in line. Thread-safe.
 */
final class AnswerSlots {

    /** Seconds a refused client is asked to wait: a full line of answers drains in about this long. */
    static final int RETRY_AFTER_SECONDS = 2;
    private static final String HELD = "refdesk.answerSlot";

    private final Semaphore permits;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int maxQueue;
    private final Duration timeout;
    private final Metrics metrics;

    AnswerSlots(int slots, int maxQueue, Duration timeout, Metrics metrics) {
        if (slots < 1 || maxQueue < 0 || timeout.isNegative()) {
            throw new IllegalArgumentException("slots " + slots + ", queue " + maxQueue + ", timeout " + timeout);
        }
        this.permits = new Semaphore(slots, true);
        this.maxQueue = maxQueue;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        metrics.gauge("refdesk.queue.waiting", "Questions waiting for an answer slot", waiting::get);
    }

    /**
     * Takes a slot for this request, waiting in line if all are busy; the slot is returned by {@link #leave}.
     * Sets {@code Server-Timing: queue;dur=ms} so a client can see how long it waited.
     */
    void enter(Context ctx) {
        long start = System.nanoTime();
        if (!acquire(ctx)) {
            metrics.queueWait(System.nanoTime() - start);
            refuse(ctx, "timeout", "no answer slot came free within " + timeout.toMillis()
                    + " ms; try again in a moment");
        }
        long waited = System.nanoTime() - start;
        metrics.queueWait(waited);
        ctx.attribute(HELD, Boolean.TRUE);
        ctx.header("Server-Timing", String.format(Locale.ROOT, "queue;dur=%.1f", waited / 1e6));
    }

    /** True once a slot is held; false if the wait ran out. Refuses at once when the line is full. */
    private boolean acquire(Context ctx) {
        try {
            // timed tryAcquire honours the fair order (the untimed one would jump the line)
            if (permits.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return true;
            }
            if (waiting.incrementAndGet() > maxQueue) {
                waiting.decrementAndGet();
                refuse(ctx, "full", "the server is answering a room full of questions; try again in a moment");
            }
            try {
                return permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void leave(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(HELD))) {
            ctx.attribute(HELD, Boolean.FALSE);
            permits.release();
        }
    }

    private void refuse(Context ctx, String reason, String message) {
        metrics.refused(reason);
        ctx.header("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        throw new ApiException(503, message);
    }
}
