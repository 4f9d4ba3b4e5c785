package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.refdesk.TestLibrary;
import org.refdesk.config.Settings.LlmSettings;

/**
 * A training room at once: questions wait in line for an answer slot instead of being refused, slow
 * clients hold no slot, and only a full line (or a wait that ran out) is refused. Real servers on loopback
 * with the seed library; a chat model that takes its time (the outer boundary) fills the slots on demand.
 */
class AdmissionIT {

    @TempDir
    static Path dir;
    static TestLibrary library;
    static SlowModel model;
    static TestLibrary slowLibrary;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws Exception {
        library = TestLibrary.shared(dir.resolve("plain"), s -> s);
        model = new SlowModel(2_000);
        slowLibrary = TestLibrary.shared(dir.resolve("slow"), s -> s.withLlm(
                new LlmSettings("openai", model.url(), "slow-model", null, Duration.ofSeconds(10))));
    }

    @AfterAll
    static void stop() {
        library.close();
        slowLibrary.close();
        model.close();
    }

    @Test
    void should_answer_32_simultaneous_never_seen_questions_with_default_settings() throws Exception {
        // given a server with the default settings and 32 clients, half of them on the streamed endpoint
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            String path = i % 2 == 0 ? "/api/ask" : "/api/ask/stream";
            HttpRequest request = ask(library.port(), path, "reports on trafficking of workers, case " + i + "?");
            CompletableFuture<HttpResponse<String>> answer = new CompletableFuture<>();
            answers.add(answer);
            Thread client = new Thread(() -> {
                try {
                    go.await();
                    answer.complete(http.send(request, HttpResponse.BodyHandlers.ofString()));
                } catch (Exception e) {
                    answer.completeExceptionally(e);
                }
            });
            client.start();
            clients.add(client);
        }

        // when all of them press Ask at once
        go.countDown();

        // then every one is answered
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> res = answer.get();
            assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
            assertThat(res.body()).containsAnyOf("\"answer\"", "event: done");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 16})
    void should_answer_another_client_while_slow_bodies_are_held_open(int slowClients) throws Exception {
        // given sockets that sent their headers and the start of a body, then went quiet
        List<RawHttp> slow = new ArrayList<>();
        try {
            for (int i = 0; i < slowClients; i++) {
                RawHttp socket = new RawHttp(library.port());
                slow.add(socket);
                socket.send("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"que\r\n");
            }

            // when another client asks while they are still open
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                statuses.add(http.send(ask(library.port(), "/api/ask", "anything on labour exploitation " + slowClients + i),
                        HttpResponse.BodyHandlers.ofString()).statusCode());
            }

            // then its questions are answered
            assertThat(statuses).containsExactly(200, 200, 200);
        } finally {
            for (RawHttp socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void should_refuse_a_body_still_trickling_in_after_the_deadline_with_408() throws Exception {
        // given a client sending its question one small chunk a second
        try (RawHttp slow = new RawHttp(library.port())) {
            slow.send("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n1\r\n{\r\n");
            // when it goes on sending past the body deadline
            long seconds = AskAdmission.BODY_DEADLINE.toSeconds() + 3;
            for (int i = 0; i < seconds && !slow.answered(); i++) {
                Thread.sleep(1_000);
                if (!slow.answered()) {
                    try {
                        slow.send("1\r\n \r\n");
                    } catch (java.io.IOException closedAfterRefusing) {
                        break;
                    }
                }
            }

            // then it is refused before it finishes, not answered
            assertThat(slow.readAll()).startsWith("HTTP/1.1 408");
        }
    }

    @Test
    void should_cut_off_a_body_that_falls_silent_at_the_body_deadline() throws Exception {
        // given a client that sends half a body and then nothing (the connection idle timeout is 15 s)
        try (RawHttp silent = new RawHttp(library.port())) {
            silent.send("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 40\r\nConnection: close\r\n\r\n{\"question\":");

            // when the body deadline (5 s) has passed, then the server has let go of it (reading waits at most 10 s)
            silent.timeout(Duration.ofSeconds(10));
            assertThat(silent.readAll()).satisfiesAnyOf(
                    response -> assertThat(response).startsWith("HTTP/1.1 408"),
                    response -> assertThat(response).isEmpty());
        }
    }

    @Test
    void should_refuse_with_503_and_retry_after_when_the_line_is_full_while_health_stays_200() throws Exception {
        // given one answer slot, a line of one, and a first question holding the slot
        Javalin one = serve(new WebPolicy(true, 0, 1, null, null, 1, Duration.ofSeconds(30)));
        try {
            CompletableFuture<HttpResponse<String>> first = http.sendAsync(ask(one.port(), "/api/ask", "what covers re-trafficking"),
                    HttpResponse.BodyHandlers.ofString());
            await(() -> model.chats() >= 1);
            // and a second one waiting in line
            CompletableFuture<HttpResponse<String>> second = http.sendAsync(ask(one.port(), "/api/ask/stream",
                    "reports on Nepal"), HttpResponse.BodyHandlers.ofString());
            await(() -> get(one.port(), "/metrics").body().contains("refdesk_queue_waiting 1.0"));

            // when a third question arrives
            HttpResponse<String> third = http.send(ask(one.port(), "/api/ask", "anything on Armenia?"),
                    HttpResponse.BodyHandlers.ofString());

            // then it is refused with a time to come back, while health answers and the two in line are answered
            assertThat(third.statusCode()).isEqualTo(503);
            assertThat(third.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(third.body()).contains("\"status\":503");
            assertThat(get(one.port(), "/health/live").statusCode()).isEqualTo(200);
            assertThat(get(one.port(), "/health/ready").statusCode()).isEqualTo(200);
            assertThat(first.get().statusCode()).isEqualTo(200);
            assertThat(second.get().statusCode()).isEqualTo(200);
            assertThat(second.get().body()).contains("event: done");
            assertThat(get(one.port(), "/metrics").body()).contains("refdesk_queue_wait_seconds_count",
                    "refdesk_queue_refused_total{reason=\"full\"} 1.0");
        } finally {
            one.stop();
        }
    }

    @Test
    void should_refuse_with_503_once_the_wait_for_a_slot_runs_out() throws Exception {
        // given one answer slot held by a slow answer, and a line that waits only briefly
        Javalin one = serve(new WebPolicy(true, 0, 1, null, null, 8, Duration.ofMillis(200)));
        try {
            int before = model.chats();
            CompletableFuture<HttpResponse<String>> first = http.sendAsync(ask(one.port(), "/api/ask", "what covers re-trafficking"),
                    HttpResponse.BodyHandlers.ofString());
            await(() -> model.chats() > before);

            // when a second question waits in line longer than that
            HttpResponse<String> second = http.send(ask(one.port(), "/api/ask", "reports on Nepal"),
                    HttpResponse.BodyHandlers.ofString());

            // then it is refused with a time to come back, and the first is still answered
            assertThat(second.statusCode()).isEqualTo(503);
            assertThat(second.headers().firstValue("Retry-After")).hasValue("2");
            assertThat(first.get().statusCode()).isEqualTo(200);
        } finally {
            one.stop();
        }
    }

    private static Javalin serve(WebPolicy policy) {
        return WebServer.create(new WebDeps(slowLibrary.app().ask(), slowLibrary.app().catalog(), slowLibrary.app().readiness(),
                slowLibrary.app().embedder().modelId(), policy, LibraryAdmin.NONE, () -> 0)).start("127.0.0.1", 0);
    }

    private static HttpRequest ask(int port, String path, String question) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question + "\"}")).build();
    }

    private HttpResponse<String> get(int port, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s for the server").isLessThan(end);
            Thread.sleep(20);
        }
    }
}
