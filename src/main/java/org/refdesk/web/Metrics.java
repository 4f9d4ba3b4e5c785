package org.refdesk.web;

import io.javalin.event.HandlerMetaInfo;
import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.refdesk.answer.Answer;
import org.refdesk.library.WriteFault;
import org.refdesk.retrieve.Catalog;

/**
 * The numbers {@code GET /metrics} serves in Prometheus text format: requests and their latency by
 * route and status, answers by mode, abstentions, the wait for an answer slot, index size, query-embedding cache hits.
 * Routes are the registered path patterns (never raw paths), so the label set stays small. Thread-safe.
 */
final class Metrics {

    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> answers = new ConcurrentHashMap<>();
    private final Counter abstentions = Counter.builder("refdesk.abstentions")
            .description("Questions the library could not answer").register(registry);
    private final Counter askCpu = Counter.builder("refdesk.ask.cpu")
            .description("CPU seconds of the threads that answered questions (not the clients, GC or JIT)")
            .baseUnit("seconds").register(registry);
    private final Timer queueWait = Timer.builder("refdesk.queue.wait")
            .description("Time questions waited for an answer slot")
            .publishPercentileHistogram().maximumExpectedValue(Duration.ofSeconds(30)).register(registry);

    /** Held here because Micrometer keeps only a weak reference to a function counter's source. */
    private final LongSupplier queryCacheHits;

    Metrics(Catalog catalog, Readiness readiness, LongSupplier queryCacheHits) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(readiness, "readiness");
        this.queryCacheHits = Objects.requireNonNull(queryCacheHits, "queryCacheHits");
        Gauge.builder("refdesk.index.publications", () -> readiness.isReady() ? catalog.size() : 0)
                .description("Publications in the index").register(registry);
        Gauge.builder("refdesk.ready", () -> readiness.isReady() ? 1 : 0)
                .description("1 once the index is loaded").register(registry);
        for (WriteFault.Cause cause : WriteFault.Cause.values()) {
            writeFailures(cause.label());
        }
        FunctionCounter.builder("refdesk.embedding.query.cache.hits", queryCacheHits, LongSupplier::getAsLong)
                .description("Question embeddings served from the cache").register(registry);
    }

    /** Records one finished request and how long it took. */
    void record(Context ctx, Float millis) {
        String method = ctx.method().name();
        String route = route(ctx);
        String status = Integer.toString(ctx.statusCode());
        // built once per label set: building and registering a meter on every request showed in the profile
        Timer timer = timers.computeIfAbsent(method + ' ' + route + ' ' + status,
                k -> Timer.builder("http.server.requests")
                .description("HTTP requests by route and status").tag("method", method).tag("route", route)
                .tag("status", status).publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry));
        timer.record(Duration.ofNanos((long) (millis == null ? 0 : millis * 1_000_000)));
    }

    /** One library change that could not be written, by cause ({@code disk_full}, {@code read_only}, {@code io}). */
    void writeFailed(String cause) {
        writeFailures(cause).increment();
    }

    private Counter writeFailures(String cause) {
        return Counter.builder("refdesk.write.failures")
                .description("Library changes not applied: the data disk failed")
                .tag("cause", cause).register(registry);
    }

    void answered(Answer answer) {
        String mode = String.valueOf(answer.mode());
        answers.computeIfAbsent(mode, m -> Counter.builder("refdesk.answers").description("Answers by mode")
                .tag("mode", m).register(registry)).increment();
        if (answer.abstained()) {
            abstentions.increment();
        }
    }

    /** Adds the CPU time a question's thread spent on it (nothing when unknown: -1). */
    void askCpu(long nanos) {
        if (nanos >= 0) {
            askCpu.increment(nanos / 1e9);
        }
    }

    /** Records how long a question waited for an answer slot (also when it was refused after waiting). */
    void queueWait(long nanos) {
        queueWait.record(Duration.ofNanos(nanos));
    }

    /** Counts a question refused by the answer slots: {@code full} line or wait {@code timeout}. */
    void refused(String reason) {
        Counter.builder("refdesk.queue.refused").description("Questions refused with 503 by the answer queue")
                .tag("reason", reason).register(registry).increment();
    }

    void gauge(String name, String description, IntSupplier value) {
        Gauge.builder(name, value::getAsInt).description(description).register(registry);
    }

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    /** Remembers a registered route, to name requests refused before Javalin matched them. */
    void routeAdded(HandlerMetaInfo info) {
        if (info.getHttpMethod().isHttpMethod()) {
            String regex = Arrays.stream(info.getPath().split("/", -1))
                    .map(part -> part.startsWith("{") && part.endsWith("}") ? "[^/]+" : Pattern.quote(part))
                    .collect(Collectors.joining("/"));
            routes.add(new Route(info.getHttpMethod().name(), Pattern.compile(regex), info.getPath()));
        }
    }

    private String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        for (Route r : routes) {
            if (r.method().equals(ctx.method().name()) && r.pattern().matcher(ctx.path()).matches()) {
                return r.path();
            }
        }
        return ctx.statusCode() == 404 ? "unmatched" : "static";
    }

    private record Route(String method, Pattern pattern, String path) {
    }
}
