package org.refdesk.web;

/** The JSON body of every error response. */
public record ApiError(int status, String error) {
}
