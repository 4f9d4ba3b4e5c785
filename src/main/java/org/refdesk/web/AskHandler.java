package org.refdesk.web;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.function.Consumer;
import org.refdesk.answer.Answer;
import org.refdesk.answer.AskService;

/** {@code POST /api/ask}: a question (with history and filters) in, a cited answer out. */
final class AskHandler {

    private final AskService ask;
    private final Readiness readiness;
    private final RequestReader reader = new RequestReader();
    private final Consumer<Answer> observer;

    AskHandler(AskService ask, Readiness readiness) {
        this(ask, readiness, answer -> { });
    }

    /** {@code observer} sees every answer given (for metrics). */
    AskHandler(AskService ask, Readiness readiness, Consumer<Answer> observer) {
        this.ask = Objects.requireNonNull(ask, "ask");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    void ask(Context ctx) {
        readiness.requireReady();
        Answer answer = ask.ask(reader.question(ctx.body()));
        observer.accept(answer);
        ctx.json(answer);
    }
}
