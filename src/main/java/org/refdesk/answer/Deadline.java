package org.refdesk.answer;

import java.time.Duration;

/** When the model must have answered by; one per question, shared by follow-up rewrite and answer. */
public record Deadline(long endNanos) {

    public static Deadline in(Duration budget) {
        return new Deadline(System.nanoTime() + budget.toNanos());
    }

    public long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000);
    }

    public boolean passed() {
        return System.nanoTime() >= endNanos;
    }

    /** The earlier of this deadline and {@code budget} from now. */
    public Deadline within(Duration budget) {
        return new Deadline(Math.min(endNanos, System.nanoTime() + budget.toNanos()));
    }
}
