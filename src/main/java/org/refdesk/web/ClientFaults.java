package org.refdesk.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures that are the client's doing, not ours: a body cut short (the client went away), bad chunked
 * framing, or any other message Jetty refused while reading it. They are answered with Jetty's 4xx
 * status (400 when it gives none) and logged on one DEBUG line, never as an ERROR with a stack trace or a
 * 500 in the metrics. Also installs {@link JsonErrorHandler} for what Jetty answers itself. Thread-safe.
 */
final class ClientFaults {

    private static final Logger LOG = LoggerFactory.getLogger(ClientFaults.class);

    private ClientFaults() {
    }

    static void install(JavalinConfig config) {
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
    }

    /** Answers {@code e} when it is a client fault; false when it is ours and must be handled as such. */
    static boolean answer(Exception e, Context ctx) {
        Integer status = status(e);
        if (status == null) {
            return false;
        }
        LOG.debug("Client error on {} {}: {}", ctx.method(), ctx.path(), RequestLimits.printable(String.valueOf(e)));
        WebServer.error(ctx, status, status == 400 ? "the request could not be read" : "the request was refused");
        return true;
    }

    private static Integer status(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                return http.getCode();
            }
            if (c instanceof EofException) {
                return 400;
            }
        }
        return null;
    }
}
