package org.refdesk.retrieve;

/** A browse query string that cannot be read (the message names the parameter and why); a client's error. */
public final class BadBrowseQuery extends IllegalArgumentException {
    public BadBrowseQuery(String message) {
        super(message);
    }
}
