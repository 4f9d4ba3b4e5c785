package org.refdesk.cli.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests counted by HTTP status ("200", "503", ...; "io" when no response came). Thread-safe. */
final class Statuses {

    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    void add(String status) {
        counts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    int total() {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** A sorted copy, for the report. */
    Map<String, Integer> counts() {
        Map<String, Integer> out = new TreeMap<>();
        counts.forEach((status, n) -> out.put(status, n.get()));
        return out;
    }
}
