package org.refdesk.index;

/** A publication id with the score one ranked list gave it. */
public record ScoredId(String id, float score) {
}
