package org.refdesk.library;

/** Thrown by a parser for one bad record; the parser turns it into a {@link ParseProblem} and goes on. */
public class InvalidRecordException extends RuntimeException {

    public InvalidRecordException(String message) {
        super(message);
    }
}
