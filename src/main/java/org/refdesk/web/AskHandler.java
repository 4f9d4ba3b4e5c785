package org.refdesk.web;

import io.javalin.http.Context;
import java.util.Objects;
import org.refdesk.answer.AskService;

/** {@code POST /api/ask}: a question (with history and filters) in, a cited answer out. */
final class AskHandler {

    private final AskService ask;
    private final Readiness readiness;
    private final RequestReader reader = new RequestReader();

    AskHandler(AskService ask, Readiness readiness) {
        this.ask = Objects.requireNonNull(ask, "ask");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
    }

    void ask(Context ctx) {
        if (!readiness.isReady()) {
            throw new ApiException(503, "the library is still loading; try again in a moment");
        }
        ctx.json(ask.ask(reader.question(ctx.body())));
    }
}
