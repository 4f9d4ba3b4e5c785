package org.refdesk.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.refdesk.answer.Answer;
import org.refdesk.answer.AskService;
import org.refdesk.retrieve.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/ask/stream}: the same body as {@code /api/ask}, answered as server-sent events:
 * {@code sources}, then {@code delta} pieces of text ({@code restart} withdraws the text so far when an LLM
 * answer falls back), then {@code done} with the final answer, or
 * {@code error} if answering fails once the stream has begun. Bad requests are refused with a JSON
 * error before any event is sent (also a 503 when no answer slot comes free in time).
 */
final class AskStreamHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AskStreamHandler.class);
    private final AskService ask;
    private final AskAdmission admission;
    private final ObjectMapper mapper = new ObjectMapper();
    private final Consumer<Answer> observer;

    /** {@code observer} sees every answer completed (for metrics). */
    AskStreamHandler(AskService ask, AskAdmission admission, Consumer<Answer> observer) {
        this.ask = Objects.requireNonNull(ask, "ask");
        this.admission = Objects.requireNonNull(admission, "admission");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    void stream(Context ctx) throws IOException {
        Question question = admission.admit(ctx);
        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setContentType("text/event-stream;charset=utf-8");
        res.setHeader("Cache-Control", "no-store");
        res.setHeader("X-Accel-Buffering", "no");
        EventStream events = new EventStream(res.getOutputStream(), mapper);
        answer(question, events);
    }

    /** The stream is committed by now, so a failure can only be reported as an event. */
    private void answer(Question question, EventStream events) {
        try {
            Answer answer = ask.ask(question, events);
            observer.accept(answer);
            events.send("done", answer);
        } catch (UncheckedIOException gone) {
            LOG.debug("Answer stream closed by the client", gone);
        } catch (ApiException e) {
            events.send("error", new ApiError(e.status(), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Answering failed mid-stream", e);
            events.send("error", new ApiError(500, "the answer could not be completed; please try again"));
        }
    }
}
