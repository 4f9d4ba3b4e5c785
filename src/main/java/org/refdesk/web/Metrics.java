package org.refdesk.web;

import io.javalin.http.Context;
import io.javalin.router.Endpoint;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.refdesk.answer.Answer;
import org.refdesk.retrieve.Catalog;

/**
 * The numbers {@code GET /metrics} serves in Prometheus text format: requests and their latency by
 * route and status, answers by mode, abstentions, index size, query-embedding cache hits. Routes are
 * the registered path patterns (never raw paths), so the label set stays small. Thread-safe.
 */
final class Metrics {

    private static final String START = "refdesk.start";
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    Metrics(Catalog catalog, Readiness readiness, LongSupplier queryCacheHits) {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(readiness, "readiness");
        Gauge.builder("refdesk.index.publications", () -> readiness.isReady() ? catalog.size() : 0)
                .description("Publications in the index").register(registry);
        Gauge.builder("refdesk.ready", () -> readiness.isReady() ? 1 : 0)
                .description("1 once the index is loaded").register(registry);
        FunctionCounter.builder("refdesk.embedding.query.cache.hits", queryCacheHits, LongSupplier::getAsLong)
                .description("Question embeddings served from the cache").register(registry);
    }

    void start(Context ctx) {
        ctx.attribute(START, System.nanoTime());
    }

    void finish(Context ctx) {
        Long start = ctx.attribute(START);
        if (start == null) {
            return;
        }
        Timer.builder("http.server.requests").description("HTTP requests by route and status")
                .tag("method", ctx.method().name()).tag("route", route(ctx))
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry).record(Duration.ofNanos(System.nanoTime() - start));
    }

    void answered(Answer answer) {
        Counter.builder("refdesk.answers").description("Answers by mode").tag("mode", String.valueOf(answer.mode()))
                .register(registry).increment();
        if (answer.abstained()) {
            Counter.builder("refdesk.abstentions").description("Questions the library could not answer")
                    .register(registry).increment();
        }
    }

    void scrape(Context ctx) {
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }

    private static String route(Context ctx) {
        Endpoint endpoint = ctx.endpoints().matchedHttpEndpoint();
        if (endpoint != null) {
            return endpoint.path;
        }
        return ctx.statusCode() == 404 ? "unmatched" : "static";
    }
}
