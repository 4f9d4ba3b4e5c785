package org.refdesk.web;

/** A request the API refuses, with the HTTP status and a message safe to show the caller. */
public class ApiException extends RuntimeException {

    private final int status;

    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
