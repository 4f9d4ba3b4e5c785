package org.refdesk.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything refdesk is configured with, read once from flags, environment and defaults, and validated.
 * Immutable and thread-safe.
 */
public record Settings(
        String host,
        int port,
        Path seeds,
        Path data,
        String model,
        LlmSettings llm,
        int rateLimitPerMinute,
        int maxInFlight,
        String trustedProxy,
        String adminToken,
        int maxQueue,
        Duration queueTimeout,
        boolean gapReport) {

    public static final String DEFAULT_MODEL = "bge-small-en-v15-q+e5-small-v2-q";
    /** A training room of 30 asking at once, twice over, waits in line rather than being refused. */
    public static final int DEFAULT_MAX_QUEUE = 64;
    public static final Duration DEFAULT_QUEUE_TIMEOUT = Duration.ofSeconds(10);

    public Settings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(seeds, "seeds");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(llm, "llm");
        Objects.requireNonNull(queueTimeout, "queueTimeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 0 and 65535");
        }
        if (rateLimitPerMinute < 0) {
            throw new IllegalArgumentException("rate limit " + rateLimitPerMinute + " must be 0 (off) or more");
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("max in flight " + maxInFlight + " must be at least 1");
        }
        if (maxQueue < 0 || queueTimeout.isNegative()) {
            throw new IllegalArgumentException("max queue " + maxQueue + " and queue timeout " + queueTimeout
                    + " must not be negative");
        }
        if (adminToken != null && adminToken.isBlank()) {
            adminToken = null;
        }
    }

    /** Defaults, with the environment's REFDESK_* variables applied. */
    public static Settings fromEnvironment(Map<String, String> env) {
        return new Settings("127.0.0.1", 7070, Path.of("seeds"), Path.of("data"),
                env.getOrDefault("REFDESK_MODEL", DEFAULT_MODEL), LlmSettings.fromEnvironment(env),
                60, defaultMaxInFlight(), null, env.get("REFDESK_ADMIN_TOKEN"), DEFAULT_MAX_QUEUE,
                DEFAULT_QUEUE_TIMEOUT,
                flag(env.get("REFDESK_GAP_REPORT")));
    }

    /**
     * Answers are CPU-bound (embedding, scoring): many more at once than the cores only adds latency
     * (measured: 2 cores, 64 clients: 32 in flight gave p99 3.2 s and 74 answers/s, 4 gave p99 0.25 s and
     * 144 answers/s), so the rest wait in line (up to {@code maxQueue}, for up to {@code queueTimeout}). Four per core
     * leaves room for a training room's burst of simultaneous questions without refusing most of it.
     */
    public static int defaultMaxInFlight() {
        return Math.max(4, 4 * Runtime.getRuntime().availableProcessors());
    }

    public Settings withServer(String newHost, int newPort) {
        return new Settings(newHost, newPort, seeds, data, model, llm, rateLimitPerMinute, maxInFlight, trustedProxy,
                adminToken, maxQueue, queueTimeout, gapReport);
    }

    public Settings withStorage(Path newSeeds, Path newData) {
        return new Settings(host, port, newSeeds, newData, model, llm, rateLimitPerMinute, maxInFlight, trustedProxy,
                adminToken, maxQueue, queueTimeout, gapReport);
    }

    public Settings withModel(String newModel) {
        return new Settings(host, port, seeds, data, newModel, llm, rateLimitPerMinute, maxInFlight, trustedProxy,
                adminToken, maxQueue, queueTimeout, gapReport);
    }

    public Settings withLimits(int newRateLimit, int newMaxInFlight, String newTrustedProxy) {
        return new Settings(host, port, seeds, data, model, llm, newRateLimit, newMaxInFlight, newTrustedProxy,
                adminToken, maxQueue, queueTimeout, gapReport);
    }

    public Settings withLlm(LlmSettings newLlm) {
        return new Settings(host, port, seeds, data, model, newLlm, rateLimitPerMinute, maxInFlight, trustedProxy,
                adminToken, maxQueue, queueTimeout, gapReport);
    }

    public Settings withAdminToken(String token) {
        return new Settings(host, port, seeds, data, model, llm, rateLimitPerMinute, maxInFlight, trustedProxy, token,
                maxQueue, queueTimeout, gapReport);
    }

    public Settings withQueue(int newMaxQueue, Duration newQueueTimeout) {
        return new Settings(host, port, seeds, data, model, llm, rateLimitPerMinute, maxInFlight, trustedProxy,
                adminToken, newMaxQueue, newQueueTimeout, gapReport);
    }

    /** With the gap report on or off (off by default: nothing about questions is kept unless asked for). */
    public Settings withGapReport(boolean on) {
        return new Settings(host, port, seeds, data, model, llm, rateLimitPerMinute, maxInFlight, trustedProxy,
                adminToken, maxQueue, queueTimeout, on);
    }

    /** "true", "1", "yes" or "on" (any case) turn a flag on; anything else, or nothing, leaves it off. */
    static boolean flag(String value) {
        return value != null && Set.of("true", "1", "yes", "on").contains(value.strip().toLowerCase());
    }

    /** Whether the server listens only on a loopback address. */
    public boolean loopbackOnly() {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
    }

    @Override
    public String toString() {
        return "Settings[host=" + host + ", port=" + port + ", seeds=" + seeds + ", data=" + data + ", model=" + model
                + ", llm=" + llm + ", rateLimitPerMinute=" + rateLimitPerMinute + ", maxInFlight=" + maxInFlight
                + ", maxQueue=" + maxQueue + ", queueTimeout=" + queueTimeout
                + ", trustedProxy=" + trustedProxy + ", adminToken=" + (adminToken == null ? "unset" : "***")
                + ", gapReport=" + gapReport + "]";
    }

    /** The optional chat-model endpoint; {@code provider} is null when no LLM is configured. */
    public record LlmSettings(String provider, String baseUrl, String modelName, String apiKey, Duration timeout) {

        public LlmSettings {
            Objects.requireNonNull(timeout, "timeout");
            if (provider != null && !provider.equals("openai") && !provider.equals("ollama")) {
                throw new IllegalArgumentException("LLM provider '" + provider + "' must be 'openai' or 'ollama'");
            }
            if (provider != null && (baseUrl == null || baseUrl.isBlank())) {
                throw new IllegalArgumentException("LLM provider '" + provider + "' needs REFDESK_LLM_BASE_URL");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("LLM timeout " + timeout + " must be positive");
            }
        }

        public static LlmSettings none() {
            return new LlmSettings(null, null, null, null, Duration.ofSeconds(20));
        }

        static LlmSettings fromEnvironment(Map<String, String> env) {
            String provider = blankToNull(env.get("REFDESK_LLM_PROVIDER"));
            String timeout = env.get("REFDESK_LLM_TIMEOUT");
            Duration deadline = timeout == null || timeout.isBlank() ? Duration.ofSeconds(20) : parseDuration(timeout);
            return new LlmSettings(provider, blankToNull(env.get("REFDESK_LLM_BASE_URL")),
                    blankToNull(env.get("REFDESK_LLM_MODEL")), blankToNull(env.get("REFDESK_LLM_API_KEY")), deadline);
        }

        /** "20", "20s" or "1500ms". */
        public static Duration parseDuration(String text) {
            String t = text.strip().toLowerCase();
            try {
                if (t.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
                }
                return Duration.ofSeconds(Long.parseLong(t.endsWith("s") ? t.substring(0, t.length() - 1) : t));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("REFDESK_LLM_TIMEOUT '" + text + "' is not like 20s or 1500ms", e);
            }
        }

        public boolean enabled() {
            return provider != null;
        }

        @Override
        public String toString() {
            return enabled() ? provider + "@" + baseUrl + " model=" + modelName + " timeout=" + timeout
                    + " apiKey=" + (apiKey == null ? "unset" : "***") : "off";
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }
}
