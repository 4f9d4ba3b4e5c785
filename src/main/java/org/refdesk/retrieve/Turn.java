package org.refdesk.retrieve;

import java.util.List;
import java.util.Objects;

/**
 * One turn of the conversation so far: who said it ({@code user} or {@code assistant}), what, for an
 * assistant turn the ids of the reports it cited (empty when the client sent only the text), and whether the
 * client sent ids at all (an empty list from the web page says the reply cited nothing).
 */
public record Turn(String role, String content, List<String> sources, boolean sourcesSent) {
    public Turn {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** A turn as a client sends it: {@code sources} null when it sent none. */
    public Turn(String role, String content, List<String> sources) {
        this(role, content, sources, sources != null);
    }

    /** A turn of text only. */
    public Turn(String role, String content) {
        this(role, content, null);
    }

    public boolean fromUser() {
        return role.equals("user");
    }
}
