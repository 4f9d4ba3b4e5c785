package org.refdesk.retrieve;

import java.util.Objects;

/** One turn of the conversation so far: who said it ({@code user} or {@code assistant}) and what. */
public record Turn(String role, String content) {
    public Turn {
        Objects.requireNonNull(role, "role");
        content = content == null ? "" : content;
    }

    public boolean fromUser() {
        return role.equals("user");
    }
}
