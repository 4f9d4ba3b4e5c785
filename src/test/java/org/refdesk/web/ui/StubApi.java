package org.refdesk.web.ui;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;

/**
 * The page's files served with a scripted API, for behaviour a real library cannot be made to show on
 * demand (rate limits, slow streams). Ready, one starter, an empty library, and the given ask stream.
 */
final class StubApi {

    private StubApi() {
    }

    static Javalin start(Handler askStream) {
        return Javalin.create((JavalinConfig config) -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
            });
            config.routes.get("/health/ready", ctx -> ctx.json(Map.of("status", "ready")));
            config.routes.get("/api/starters", ctx -> ctx.json(Map.of("starters", List.of("Anything on Asia?"))));
            config.routes.get("/api/publications", ctx -> ctx.json(Map.of("total", 0, "items", List.of(), "facets", Map.of())));
            config.routes.post("/api/ask/stream", askStream);
        }).start("127.0.0.1", 0);
    }
}
