package org.refdesk.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.util.Objects;
import java.time.Duration;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * Everything a request passes before a handler sees it, in order: the Host check (DNS rebinding), body
 * type and size limits, the per-client rate limit on asking, the admin token (the answer slot is taken by the handler,
 * once the body is read: {@link AskAdmission});
 * and at the very end (whatever happened), the permit is returned and the metrics recorded. Limits apply to every path
 * under {@code /api/ask} (plain and streamed).
 * Thread-safe.
 */
final class Gatekeeper {

    static final String ASK = "/api/ask";
    static final String ADMIN = "/api/admin";
    /**
     * Open connections Jetty accepts; beyond it new ones wait in the OS backlog. With a request at a time
     * per connection this bounds the work waiting for a thread (Jetty advises against a bounded job queue).
     */
    static final int MAX_CONNECTIONS = 512;
    /** Connections one client address may hold open: a browser uses six; a room behind one NAT a few dozen. */
    static final int MAX_CONNECTIONS_PER_ADDRESS = 128;
    /** A connection silent this long is closed (Jetty's default is 30 s): slow headers and idle sockets go sooner. */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(15);

    private final HostCheck host;
    private final ClientAddress clients;
    private final RateLimiter rate;
    private final AnswerSlots slots;
    private final AskAdmission admission;
    private final AdminAuth adminAuth;
    private final ConnectionShare share;
    private final Metrics metrics;

    Gatekeeper(WebDeps deps) {
        Objects.requireNonNull(deps, "deps");
        WebPolicy policy = deps.policy();
        this.host = new HostCheck(policy.loopbackOnly());
        this.clients = new ClientAddress(policy.trustedProxy());
        this.rate = new RateLimiter(policy.rateLimitPerMinute(), System::nanoTime);
        this.adminAuth = new AdminAuth(policy.adminToken());
        this.share = new ConnectionShare(MAX_CONNECTIONS_PER_ADDRESS, policy.trustedProxy());
        this.metrics = new Metrics(deps.catalog(), deps.readiness(), deps.queryCacheHits());
        this.slots = new AnswerSlots(policy.maxInFlight(), policy.maxQueue(), policy.queueTimeout(), metrics);
        this.admission = new AskAdmission(deps.readiness(), slots);
    }

    Metrics metrics() {
        return metrics;
    }

    /** What the ask handlers call first: the body read and checked, then an answer slot. */
    AskAdmission admission() {
        return admission;
    }

    /** Registers the before- and after-handlers and the JSON form of Javalin's own HTTP errors. */
    void install(JavalinConfig config) {
        config.http.maxRequestSize = RequestLimits.MAX_BODY;
        config.jetty.modifyServer(server -> {
            server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
            server.addEventListener(new LifeCycle.Listener() {
                @Override
                public void lifeCycleStarting(LifeCycle event) {
                    for (Connector connector : server.getConnectors()) {
                        connector.addEventListener(share);
                        if (connector instanceof AbstractConnector c) {
                            c.setIdleTimeout(IDLE_TIMEOUT.toMillis());
                        }
                    }
                }
            });
        });
        config.events.handlerAdded(metrics::routeAdded);
        config.routes.before(host::check);
        config.routes.before(this::guard);
        config.routes.after(slots::leave);
        // the request logger runs for every request, also when a before-handler refused it
        config.requestLogger.http((ctx, millis) -> {
            slots.leave(ctx);
            metrics.record(ctx, millis);
            metrics.askCpu(RequestCpu.elapsed(ctx));
        });
        config.routes.exception(HttpResponseException.class, (e, ctx) -> WebServer.error(ctx, e.getStatus(),
                e.getStatus() == 413 ? "request body must be at most " + RequestLimits.MAX_BODY + " bytes"
                        : RequestLimits.printable(String.valueOf(e.getMessage()))));
    }

    private void guard(Context ctx) {
        String path = ctx.path();
        // asking is POST only; any other method is left to answer 405 with Allow
        if (path.startsWith(ASK) && ctx.method() == HandlerType.POST) {
            RequestLimits.checkAsk(ctx);
            limitRate(ctx);
        } else if (path.startsWith(ADMIN)) {
            limitRate(ctx);
            adminAuth.check(ctx);
            if (path.equals(ADMIN + "/publications") && ctx.method().name().equals("POST")) {
                RequestLimits.checkUpload(ctx);
            }
        }
    }

    private void limitRate(Context ctx) {
        long wait = rate.acquire(clients.of(ctx));
        if (wait > 0) {
            ctx.header("Retry-After", Long.toString(wait));
            throw new ApiException(429, "too many requests; try again in " + wait + " s");
        }
    }
}
