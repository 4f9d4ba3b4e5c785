package org.refdesk.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * K clients on loopback, each posting the next of a pool of varied questions to {@code /api/ask} as soon
 * as its previous answer arrives, for a fixed time. Counts requests by status ({@code io} for no response),
 * answered latency, the time each answer waited for a slot (the server's {@code Server-Timing: queue}) and the
 * CPU the server's thread spent on it ({@code Server-Timing: cpu}).
 * Not thread-safe: one run at a time.
 */
final class HttpBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How the JDK's HttpClient names its selector and worker threads. */
    private static final String HTTP_CLIENT_THREADS = "HttpClient-";
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> bodies;

    HttpBench(List<String> questions) {
        Objects.requireNonNull(questions, "questions");
        this.bodies = questions.stream().map(this::body).toList();
    }

    BenchReport.Http run(int port, int size, int clients, double seconds) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/ask");
        AtomicInteger next = new AtomicInteger();
        Statuses statuses = new Statuses();
        List<Latencies> perClient = new ArrayList<>();
        List<Latencies> waits = new ArrayList<>();
        List<Latencies> serverCpu = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicLong clientCpu = new AtomicLong();
        Map<Long, Long> httpClientCpu = ProcessCpu.threadNanos(HTTP_CLIENT_THREADS);
        long cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        for (int c = 0; c < clients; c++) {
            Latencies latencies = new Latencies();
            Latencies waited = new Latencies();
            Latencies cpuUsed = new Latencies();
            perClient.add(latencies);
            waits.add(waited);
            serverCpu.add(cpuUsed);
            threads.add(new Thread(() -> {
                client(http, uri, end, next, statuses, latencies, waited, cpuUsed);
                clientCpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            }, "bench-client-" + c));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long clientsNanos = clientCpu.get()
                + ProcessCpu.between(httpClientCpu, ProcessCpu.threadNanos(HTTP_CLIENT_THREADS));
        double cpuMs = (ProcessCpu.nanos() - cpu) / 1e6;
        double serverProcessMs = cpuMs - clientsNanos / 1e6;
        Latencies all = new Latencies();
        perClient.forEach(all::addAll);
        Latencies queue = new Latencies();
        waits.forEach(queue::addAll);
        Latencies server = new Latencies();
        serverCpu.forEach(server::addAll);
        int errors = statuses.total() - all.count();
        return new BenchReport.Http(size, clients, Latencies.round(elapsed), Latencies.round(all.count() / elapsed),
                all.percentileMs(50), all.percentileMs(99), errors, statuses.total(),
                Latencies.round(cpuMs / Math.max(1, all.count())), statuses.counts(), queue.percentileMs(50),
                queue.percentileMs(99), server.count() == 0 ? -1 : Latencies.round(server.meanMs()),
                Latencies.round(serverProcessMs / Math.max(1, all.count())));
    }

    /** The server's {@code Server-Timing: queue;dur=ms} as nanoseconds, or -1 when absent. */
    static long queueWait(HttpResponse<?> response) {
        return timing(response, "queue");
    }

    /** The server's {@code Server-Timing: cpu;dur=ms} (its CPU for this request) as nanoseconds, or -1. */
    static long serverCpu(HttpResponse<?> response) {
        return timing(response, "cpu");
    }

    private static long timing(HttpResponse<?> response, String metric) {
        String timing = response.headers().firstValue("Server-Timing").orElse("");
        String key = metric + ";dur=";
        int at = -1;
        for (int from = 0; (from = timing.indexOf(key, from)) >= 0; from++) {
            if (from == 0 || timing.charAt(from - 1) == ' ' || timing.charAt(from - 1) == ',') {
                at = from;
                break;
            }
        }
        if (at < 0) {
            return -1;
        }
        String ms = timing.substring(at + key.length()).split("[,;]", 2)[0].strip();
        try {
            return (long) (Double.parseDouble(ms) * 1e6);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void client(HttpClient http, URI uri, long end, AtomicInteger next, Statuses statuses,
                        Latencies latencies, Latencies waited, Latencies cpuUsed) {
        while (System.nanoTime() < end) {
            String body = bodies.get(Math.floorMod(next.getAndIncrement(), bodies.size()));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                statuses.add(Integer.toString(response.statusCode()));
                if (response.statusCode() == 200) {
                    latencies.add(System.nanoTime() - t0);
                    long wait = queueWait(response);
                    if (wait >= 0) {
                        waited.add(wait);
                    }
                    long cpu = serverCpu(response);
                    if (cpu >= 0) {
                        cpuUsed.add(cpu);
                    }
                }
            } catch (IOException e) {
                statuses.add("io");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private String body(String question) {
        try {
            return json.writeValueAsString(Map.of("question", question));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a question as JSON", e);
        }
    }
}
