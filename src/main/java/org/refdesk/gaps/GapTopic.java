package org.refdesk.gaps;

import java.util.List;
import java.util.Objects;

/**
 * One topic the library could not answer well: its normalised terms (never the question's text), whether
 * it was {@code not-covered} or answered only on {@code weak} evidence, how many questions asked it, and
 * the first and last day (UTC, {@code yyyy-mm-dd}) one did.
 */
public record GapTopic(String topic, List<String> terms, String kind, int count, String firstDay, String lastDay) {
    public GapTopic {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kind, "kind");
        terms = List.copyOf(terms);
    }

    GapTopic seenAgain(String day) {
        return new GapTopic(topic, terms, kind, count + 1, firstDay, day.compareTo(lastDay) > 0 ? day : lastDay);
    }
}
