package org.refdesk.web;

import io.javalin.Javalin;
import java.util.Objects;

/**
 * The web app as the composition root and the command line see it: start it, read its port, stop it. Keeps
 * Javalin inside this package. Start it once; {@code port()} and {@code stop()} are safe from any thread.
 */
public final class WebApp {

    private final Javalin javalin;

    WebApp(Javalin javalin) {
        this.javalin = Objects.requireNonNull(javalin, "javalin");
    }

    /** The app built from {@code deps}, not yet started. */
    public static WebApp of(WebDeps deps) {
        return new WebApp(WebServer.create(deps));
    }

    /** Starts serving on {@code host}; port 0 picks a free port. Returns this app. */
    public WebApp start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    /** The port it listens on, once started. */
    public int port() {
        return javalin.port();
    }

    /** The Javalin app itself, for tests in this package that read its routes. */
    Javalin javalin() {
        return javalin;
    }

    public void stop() {
        javalin.stop();
    }
}
