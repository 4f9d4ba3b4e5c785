package org.refdesk.answer.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.refdesk.config.Settings.LlmSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What refdesk knows about the configured chat model: {@code unknown} until checked, then {@code up} or
 * {@code down (...)}, updated by a start-up probe and by every answer. A model that is down never stops
 * refdesk from serving extractive answers. Thread-safe.
 */
public final class LlmStatus {

    private static final Logger LOG = LoggerFactory.getLogger(LlmStatus.class);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    /** After the server was unreachable, questions skip it this long instead of each waiting to connect. */
    private static final Duration COOL_DOWN = Duration.ofSeconds(15);
    private final LlmSettings settings;
    private final AtomicReference<String> state = new AtomicReference<>("unknown");
    private volatile long unreachableSince = Long.MIN_VALUE;

    public LlmStatus(LlmSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    void up() {
        unreachableSince = Long.MIN_VALUE;
        if (!"up".equals(state.getAndSet("up"))) {
            LOG.info("LLM {} at {} is up", settings.provider(), settings.baseUrl());
        }
    }

    void down(String reason) {
        if (reason.equals("unreachable") && !coolingDown()) {
            unreachableSince = System.nanoTime();
        }
        String s = "down (" + reason + ")";
        if (!s.equals(state.getAndSet(s))) {
            LOG.warn("LLM {} at {} is {}; answering extractively meanwhile", settings.provider(), settings.baseUrl(),
                    s);
        }
    }

    /** Whether the server was unreachable moments ago, so that asking it again now would only wait. */
    boolean coolingDown() {
        long since = unreachableSince;
        return since != Long.MIN_VALUE && System.nanoTime() - since < COOL_DOWN.toNanos();
    }

    public String state() {
        return state.get();
    }

    /** For {@code /health/ready}: provider, model and state; never the key. */
    public Map<String, Object> report() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("provider", settings.provider());
        out.put("model", settings.modelName());
        out.put("state", state.get());
        return out;
    }

    /** Checks in the background whether the server answers its model list; does not wait. */
    public void probeInBackground() {
        Thread t = new Thread(this::probe, "refdesk-llm-probe");
        t.setDaemon(true);
        t.start();
    }

    void probe() {
        String base = settings.baseUrl().replaceAll("/+$", "");
        String path = settings.provider().equals("ollama") ? "/api/tags" : "/models";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(PROBE_TIMEOUT).GET();
            if (settings.apiKey() != null) {
                request.header("Authorization", "Bearer " + settings.apiKey());
            }
            int status = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status >= 200 && status < 300) {
                up();
            } else {
                down("HTTP " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            down(LlmFailure.describe(e));
        }
    }
}
