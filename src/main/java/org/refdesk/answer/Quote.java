package org.refdesk.answer;

/**
 * Where an answer sentence stands in its source's abstract: character offsets {@code [start, end)} into the
 * full abstract as {@code GET /api/publications/{id}} returns it, so anyone can check it word for word.
 */
public record Quote(int start, int end) {
    public Quote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("quote [" + start + ", " + end + ") is not a span");
        }
    }
}
