package org.refdesk.library;

/** A record that could not be loaded: where it is and what was wrong with it. */
public record ParseProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
