package org.refdesk.cli.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;

/**
 * A training room pressing Ask in the same instant: one never-seen question per client, all released at
 * once, each sent once. Counts the statuses and times the answers (and their wait for a slot). Not
 * thread-safe: one run at a time.
 */
final class BurstBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> questions;

    BurstBench(List<String> questions) {
        this.questions = List.copyOf(Objects.requireNonNull(questions, "questions"));
    }

    BenchReport.Burst run(int port, int size) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
        URI uri = URI.create("http://127.0.0.1:" + port + "/api/ask");
        CountDownLatch go = new CountDownLatch(1);
        Statuses statuses = new Statuses();
        List<Latencies> answered = new ArrayList<>();
        List<Latencies> waited = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (String question : questions) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Content-Type",
                    "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(question))).build();
            Latencies latency = new Latencies();
            Latencies wait = new Latencies();
            answered.add(latency);
            waited.add(wait);
            clients.add(new Thread(() -> ask(http, request, go, statuses, latency, wait), "bench-burst"));
        }
        clients.forEach(Thread::start);
        go.countDown();
        for (Thread t : clients) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        Latencies all = new Latencies();
        answered.forEach(all::addAll);
        Latencies queue = new Latencies();
        waited.forEach(queue::addAll);
        return new BenchReport.Burst(size, questions.size(), statuses.counts(), all.percentileMs(50),
                all.percentileMs(99), queue.percentileMs(50), queue.percentileMs(100));
    }

    private static void ask(HttpClient http, HttpRequest request, CountDownLatch go, Statuses statuses,
                            Latencies latency, Latencies wait) {
        try {
            go.await();
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            statuses.add(Integer.toString(response.statusCode()));
            if (response.statusCode() == 200) {
                latency.add(System.nanoTime() - start);
                long queued = HttpBench.queueWait(response);
                if (queued >= 0) {
                    wait.add(queued);
                }
            }
        } catch (IOException e) {
            statuses.add("io");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
