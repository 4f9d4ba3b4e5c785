package org.refdesk.retrieve;

import java.util.List;
import java.util.Objects;
import org.refdesk.library.Filters;

/** A question as asked: its text, the conversation before it, and the filters the asker set explicitly. */
public record Question(String text, List<Turn> history, Filters filters) {
    public Question {
        Objects.requireNonNull(text, "text");
        history = List.copyOf(history == null ? List.of() : history);
        filters = filters == null ? Filters.NONE : filters;
    }

    public static Question of(String text) {
        return new Question(text, List.of(), Filters.NONE);
    }
}
