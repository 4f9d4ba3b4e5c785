package org.refdesk.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.refdesk.retrieve.Catalog;

/** {@code /health/live} (the process answers) and {@code /health/ready} (the index is loaded). */
final class HealthHandler {

    private final Readiness readiness;
    private final Catalog catalog;
    private final String modelId;

    HealthHandler(Readiness readiness, Catalog catalog, String modelId) {
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
    }

    void live(Context ctx) {
        ctx.json(Map.of("status", "up"));
    }

    void ready(Context ctx) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", readiness.isReady() ? "ready" : "loading");
        body.put("state", readiness.state());
        body.put("publications", readiness.isReady() ? catalog.size() : 0);
        body.put("embeddingModel", modelId);
        body.put("llm", readiness.llmState());
        body.put("writes", readiness.writes());
        body.put("gapReport", readiness.gapReport());
        ctx.status(readiness.isReady() ? 200 : 503).json(body);
    }
}
