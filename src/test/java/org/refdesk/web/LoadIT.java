package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.TestLibrary;

/**
 * A bounded loopback load test, run by hand, not in CI: {@code mvn verify -Dit.test=LoadIT -Drefdesk.load=true}
 * (optionally {@code -Drefdesk.load.clients=64 -Drefdesk.load.seconds=30 -Drefdesk.load.inflight=N}). Clients ask in a closed loop
 * against the default limits except the rate limit (off, as for benchmarks); the only failures allowed
 * are 503s from a full answer line ({@code --max-queue}) or a wait past {@code --queue-timeout}. Writes {@code target/load-report.txt}.
 */
@EnabledIfSystemProperty(named = "refdesk.load", matches = "true")
class LoadIT {

    private static final List<String> QUESTIONS = List.of("what covers re-trafficking",
            "reports on Nepal after the earthquake", "how do referral mechanisms work",
            "trafficking during the COVID-19 pandemic", "what has been written about the Western Balkans route",
            "how do I bake bread?", "who wrote about migration flows in 2017", "list reports from 2020",
            "forced labour in supply chains", "child protection and exploitation");

    @TempDir
    Path dir;

    @Test
    void should_serve_many_clients_without_errors() throws Exception {
        int clients = Integer.getInteger("refdesk.load.clients", 64);
        int seconds = Integer.getInteger("refdesk.load.seconds", 30);
        int inFlight = Integer.getInteger("refdesk.load.inflight",
                org.refdesk.config.Settings.defaultMaxInFlight());
        TestLibrary library = TestLibrary.shared(dir, s -> s.withLimits(0, inFlight, null));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(8)).build();
        URI ask = URI.create(library.baseUrl() + "/api/ask");
        URI live = URI.create(library.baseUrl() + "/health/live");
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<Long> okMillis = Collections.synchronizedList(new ArrayList<>());
        List<Long> liveMillis = Collections.synchronizedList(new ArrayList<>());
        AtomicLong failures = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients + 1);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.submit(() -> {
                for (int i = 0; System.nanoTime() < end; i++) {
                    String q = QUESTIONS.get((client + i) % QUESTIONS.size());
                    HttpRequest req = HttpRequest.newBuilder(ask).timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + q + "\"}")).build();
                    long start = System.nanoTime();
                    try {
                        int status = http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        if (status == 200) {
                            okMillis.add((System.nanoTime() - start) / 1_000_000);
                        } else if (status == 503) {
                            Thread.sleep(50);
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.submit(() -> {
            while (System.nanoTime() < end) {
                long start = System.nanoTime();
                try {
                    http.send(HttpRequest.newBuilder(live).build(), HttpResponse.BodyHandlers.discarding());
                    liveMillis.add((System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(100);
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        });
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS)).isTrue();
        library.close();

        long total = statuses.values().stream().mapToLong(AtomicLong::get).sum();
        long errors = failures.get() + statuses.entrySet().stream()
                .filter(e -> e.getKey() != 200 && e.getKey() != 429 && e.getKey() != 503)
                .mapToLong(e -> e.getValue().get()).sum();
        String report = String.format("load: %d clients x %d s on loopback, rate limit off, max in flight %d%n"
                        + "requests %d (%.1f/s), by status %s, errors %d%n"
                        + "answer latency ms (200s): p50 %d, p95 %d, p99 %d, max %d%n"
                        + "/health/live during load ms: p50 %d, p99 %d, max %d (%d probes)%n",
                clients, seconds, library.app().settings().maxInFlight(), total, total / (double) seconds, statuses, errors,
                pct(okMillis, 50), pct(okMillis, 95), pct(okMillis, 99), pct(okMillis, 100),
                pct(liveMillis, 50), pct(liveMillis, 99), pct(liveMillis, 100), liveMillis.size());
        Files.writeString(Path.of("target", "load-report.txt"), report);
        System.out.print(report);
        assertThat(errors).isZero();
    }

    private static long pct(List<Long> values, int p) {
        if (values.isEmpty()) {
            return -1;
        }
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
