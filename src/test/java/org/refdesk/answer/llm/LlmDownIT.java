package org.refdesk.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.TestLibrary;
import org.refdesk.config.Settings.LlmSettings;

/** refdesk configured with an Ollama server that is down at start-up: it starts, is ready, answers extractively. */
class LlmDownIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    @TempDir
    static Path dir;
    private static TestLibrary library;

    @BeforeAll
    static void start() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        LlmSettings llm = new LlmSettings("ollama", "http://127.0.0.1:" + closedPort, "llama3.2", null,
                Duration.ofSeconds(5));
        // the project's seeds (one listing page) and an LLM server that is not there
        library = TestLibrary.start(dir, s -> s.withLlm(llm), TestLibrary.PROJECT_SEEDS);
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(library.baseUrl() + path);
    }

    @Test
    void should_be_ready_and_report_the_model_down() throws Exception {
        // when
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/health/ready")));
        for (int i = 0; i < 50 && !response.body().contains("down"); i++) {
            Thread.sleep(100);
            response = send(HttpRequest.newBuilder(uri("/health/ready")));
        }

        // then
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode ready = JSON.readTree(response.body());
        assertThat(ready.get("status").asText()).isEqualTo("ready");
        assertThat(ready.get("llm").get("state").asText()).isEqualTo("down (unreachable)");
    }

    @Test
    void should_answer_extractively_and_say_why() throws Exception {
        // when
        long start = System.nanoTime();
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"health consequences of trafficking\"}")));
        long millis = (System.nanoTime() - start) / 1_000_000;

        // then
        JsonNode answer = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(answer.get("mode").asText()).isEqualTo("extractive");
        assertThat(answer.get("llmError").asText()).isEqualTo("unreachable");
        assertThat(answer.get("sources").size()).isPositive();
        assertThat(millis).as("below the 5 s deadline").isLessThan(4_500);
    }
}
