package org.refdesk.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Objects;
import org.refdesk.retrieve.Question;

/**
 * What a question passes before it may use an answer slot, in this order: the index is ready, the whole
 * body arrived within {@link #BODY_DEADLINE} and is a valid question, then a slot is taken (waiting in line
 * if all are busy). So only ready work waits for or holds a slot. Thread-safe.
 */
final class AskAdmission {

    /** A question body is at most 64 KB: a client still sending it (or silent) after this long gets 408. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(5);

    private final Readiness readiness;
    private final RequestReader reader = new RequestReader();
    private final AnswerSlots slots;

    AskAdmission(Readiness readiness, AnswerSlots slots) {
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.slots = Objects.requireNonNull(slots, "slots");
    }

    /** The validated question; the request then holds a slot until it ends. */
    Question admit(Context ctx) {
        readiness.requireReady();
        Question question = reader.question(RequestLimits.readAsk(ctx, BODY_DEADLINE));
        slots.enter(ctx);
        return question;
    }
}
