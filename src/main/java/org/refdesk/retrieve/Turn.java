package org.refdesk.retrieve;

import java.util.List;
import java.util.Objects;

/**
 * One turn of the conversation so far: who said it ({@code user} or {@code assistant}), what, and for an
 * assistant turn the ids of the reports it cited (empty when the client sent only the text).
 */
public record Turn(String role, String content, List<String> sources) {
    public Turn {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    public Turn(String role, String content) {
        this(role, content, List.of());
    }

    public boolean fromUser() {
        return role.equals("user");
    }
}
