package org.refdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refdesk.answer.AnswerStream;
import org.refdesk.answer.Source;

/**
 * Writes server-sent events ({@code event:} and one {@code data:} line of JSON) to a response body,
 * flushing after each so the page sees text as it comes. Not thread-safe: one per response.
 */
final class EventStream implements AnswerStream {

    private final OutputStream out;
    private final ObjectMapper mapper;

    EventStream(OutputStream out, ObjectMapper mapper) {
        this.out = Objects.requireNonNull(out, "out");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public void sources(List<Source> sources) {
        send("sources", sources);
    }

    @Override
    public void delta(String text) {
        send("delta", Map.of("text", text));
    }

    /** The text so far is withdrawn (an LLM answer fell back mid-stream); the page starts the text again. */
    @Override
    public void restart() {
        send("restart", Map.of());
    }

    void send(String event, Object data) {
        try {
            // JSON never holds a raw line break, so one data line always carries the whole event
            String frame = "event: " + event + "\ndata: " + mapper.writeValueAsString(data) + "\n\n";
            out.write(frame.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event + " event as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException("client went away during " + event + " event", e);
        }
    }
}
