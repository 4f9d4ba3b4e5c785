package org.refdesk.web;

import java.util.concurrent.atomic.AtomicReference;

/** Whether the index is loaded and what to say meanwhile. Thread-safe. */
public final class Readiness {

    private final AtomicReference<String> state = new AtomicReference<>("loading index");
    private volatile boolean ready;
    private volatile java.util.function.Supplier<Object> llm = () -> "off";

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
    public void llm(java.util.function.Supplier<Object> llmState) {
        this.llm = java.util.Objects.requireNonNull(llmState, "llmState");
    }

    public Object llmState() {
        return llm.get();
    }
}
