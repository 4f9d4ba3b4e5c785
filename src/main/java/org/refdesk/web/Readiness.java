package org.refdesk.web;

import java.util.concurrent.atomic.AtomicReference;

/** Whether the index is loaded and what to say meanwhile. Thread-safe. */
public final class Readiness {

    private final AtomicReference<String> state = new AtomicReference<>("loading index");
    private volatile boolean ready;

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

    public String state() {
        return state.get();
    }
}
