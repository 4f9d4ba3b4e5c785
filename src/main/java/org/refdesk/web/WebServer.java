package org.refdesk.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import org.refdesk.answer.Suggester;
import org.refdesk.retrieve.BadBrowseQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin app: JSON API, health checks, the web UI from the classpath folder {@code /web},
 * security headers, and the one place where exceptions become JSON errors.
 */
public final class WebServer {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private WebServer() {
    }

    /** The app, not yet started: {@code start(host, port)} it; port 0 picks a free port. */
    public static Javalin create(WebDeps deps) {
        Gatekeeper gate = new Gatekeeper(deps);
        AskHandler ask = new AskHandler(deps.ask(), gate.admission(), gate.metrics()::answered);
        AdminHandler admin = new AdminHandler(deps.admin());
        PublicationsHandler publications = new PublicationsHandler(deps.catalog());
        AskStreamHandler askStream = new AskStreamHandler(deps.ask(), gate.admission(), gate.metrics()::answered);
        ExportHandler export = new ExportHandler(deps.catalog());
        StartersHandler starters = new StartersHandler(new Suggester(deps.catalog()::facets), deps.readiness());
        HealthHandler health = new HealthHandler(deps.readiness(), deps.catalog(), deps.modelId());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
            });
            // Javalin's own handler reads the few files through the class loader; Jetty's would mount the
            // whole jar as a zip file system at startup.
            config.resourceHandler(new JavalinStaticResourceHandler());
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.mimeTypes.add("text/html; charset=utf-8", "html");
            });
            config.http.prefer405over404 = true;
            config.jsonMapper(new InlineJson());
            config.routes.before(ctx -> {
                if (ctx.path().startsWith(Gatekeeper.ASK)) {
                    RequestCpu.start(ctx);
                }
            });
            config.routes.before(SecurityHeaders::apply);
            gate.install(config);
            ClientFaults.install(config);
            WriteFaults.install(config, gate.metrics());
            config.routes.post("/api/ask", ask::ask);
            config.routes.post("/api/ask/stream", askStream::stream);
            config.routes.get("/api/export", export::export);
            config.routes.get("/api/starters", starters::starters);
            config.routes.get("/api/publications", publications::list);
            config.routes.get("/api/publications/{id}", publications::one);
            config.routes.get("/api/publications/{id}/similar", publications::similar);
            config.routes.get("/health/live", health::live);
            config.routes.get("/health/ready", health::ready);
            config.routes.get("/metrics", gate.metrics()::scrape);
            config.routes.get("/openapi.yaml", OpenApi::serve);
            config.routes.post("/api/admin/publications", admin::upsert);
            config.routes.delete("/api/admin/publications/{id}", admin::delete);
            config.routes.post("/api/admin/reindex", admin::reindex);
            config.routes.get("/api/admin/gaps", new GapsHandler(deps.admin(), deps.readiness())::gaps);
            config.routes.exception(MethodNotAllowedResponse.class, MethodNotAllowed::handle);
            config.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
            config.routes.exception(BadBrowseQuery.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
            config.routes.exception(Exception.class, (e, ctx) -> {
                if (ClientFaults.answer(e, ctx)) {
                    return;
                }
                LOG.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error");
            });
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && !ctx.res().isCommitted() && ctx.result() == null) {
                    error(ctx, 404, "no such endpoint: " + ctx.path());
                }
            });
        });
    }

    static void error(Context ctx, int status, String message) {
        ctx.status(status).json(new ApiError(status, message));
    }
}
