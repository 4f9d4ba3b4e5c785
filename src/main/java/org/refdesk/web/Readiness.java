package org.refdesk.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** Whether the index is loaded and what to say meanwhile. Thread-safe. */
public final class Readiness {

    private final AtomicReference<String> state = new AtomicReference<>("loading index");
    private volatile boolean ready;
    private volatile boolean gapReport;
    private final AtomicReference<WriteState> writeFault = new AtomicReference<>(WriteState.OK);
    private volatile Supplier<Object> llm = () -> "off";

    public void loading(String what) {
        ready = false;
        state.set(what);
    }

    public void ready() {
        state.set("ready");
        ready = true;
    }

    public boolean isReady() {
        return ready;
    }

    /** Refuses with 503 while the library is loading: answers need the index. */
    void requireReady() {
        if (!ready) {
            throw new ApiException(503, "the library is still loading; try again in a moment");
        }
    }

    public String state() {
        return state.get();
    }

    /** Where the state of the optional chat model comes from; it is reported but never fails readiness. */
    public void llm(Supplier<Object> llmState) {
        this.llm = Objects.requireNonNull(llmState, "llmState");
    }

    /** A library change failed to write; the last committed index still serves. */
    public void writeFailed(String cause) {
        writeFault.set(new WriteState("failing", cause, Instant.now().toString()));
    }

    /** A library change was written: any earlier write fault has cleared. */
    public void writesOk() {
        writeFault.set(WriteState.OK);
    }

    /** Whether the last library change could be written; reported, never failing readiness. */
    public WriteState writes() {
        return writeFault.get();
    }

    /** The state of library writes, as {@code /health/ready} reports it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record WriteState(String status, String cause, String since) {
        static final WriteState OK = new WriteState("ok", null, null);
    }

    /** Whether the gap report counts the topics of unanswered questions (shown in the UI's footer). */
    public void gapReport(boolean on) {
        this.gapReport = on;
    }

    public boolean gapReport() {
        return gapReport;
    }

    public Object llmState() {
        return llm.get();
    }
}
