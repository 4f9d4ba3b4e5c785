package org.refdesk.web;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.function.Consumer;
import org.refdesk.answer.Answer;
import org.refdesk.answer.AskService;

/**
 * {@code POST /api/ask}: a question (with history and filters) in, a cited answer out; {@code Server-Timing} also
 * says how much CPU the server spent on it ({@code cpu;dur=ms}, see {@link RequestCpu}).
 */
final class AskHandler {

    private final AskService ask;
    private final AskAdmission admission;
    private final Consumer<Answer> observer;

    /** {@code observer} sees every answer given (for metrics). */
    AskHandler(AskService ask, AskAdmission admission, Consumer<Answer> observer) {
        this.ask = Objects.requireNonNull(ask, "ask");
        this.admission = Objects.requireNonNull(admission, "admission");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    void ask(Context ctx) {
        Answer answer = ask.ask(admission.admit(ctx));
        observer.accept(answer);
        // written here rather than by ctx.json, so the CPU reported covers the JSON too
        String json = ctx.jsonMapper().toJsonString(answer, Answer.class);
        RequestCpu.report(ctx);
        ctx.contentType(ContentType.APPLICATION_JSON).result(json);
    }
}
