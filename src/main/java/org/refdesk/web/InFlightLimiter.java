package org.refdesk.web;

import io.javalin.http.Context;
import java.util.concurrent.Semaphore;

/**
 * Caps the answers being computed at once: beyond the cap a request is refused at once with 503 and
 * {@code Retry-After}, never queued. Thread-safe.
 */
final class InFlightLimiter {

    private static final String HELD = "refdesk.inFlight";
    private final Semaphore permits;
    private final int max;

    InFlightLimiter(int max) {
        this.max = max;
        this.permits = new Semaphore(max);
    }

    void enter(Context ctx) {
        if (!permits.tryAcquire()) {
            ctx.header("Retry-After", "1");
            throw new ApiException(503, "the server is answering " + max + " questions already; try again in a moment");
        }
        ctx.attribute(HELD, Boolean.TRUE);
    }

    void leave(Context ctx) {
        if (Boolean.TRUE.equals(ctx.attribute(HELD))) {
            ctx.attribute(HELD, Boolean.FALSE);
            permits.release();
        }
    }

    int available() {
        return permits.availablePermits();
    }
}
