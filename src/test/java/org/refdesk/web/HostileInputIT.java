package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refdesk.TestLibrary;

/**
 * The last inputs that used to get a 500 or a confident answer: invisible questions, huge filters and
 * questions, clients that vanish or send nonsense framing, and Jetty's own protocol errors.
 */
class HostileInputIT {

    @TempDir
    static Path dir;
    static TestLibrary library;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        library = TestLibrary.start(dir);
        library.port(); // listening before any test counts requests or captures the log
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    HttpResponse<String> ask(String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + library.port() + "/api/ask"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    String askFor(String question) throws Exception {
        return json.writeValueAsString(java.util.Map.of("question", question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000\u0000\u0000", "\u200b\u200b\u200b", "\u00a0\u00a0", "\u0085\u2028", "\ufeff \u2029\t"})
    void should_refuse_a_question_of_only_invisible_characters(String question) throws Exception {
        // when
        HttpResponse<String> res = ask(askFor(question));
        // then
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(json.readTree(res.body()).get("error").asText()).isEqualTo("question must not be empty");
    }

    @Test
    void should_refuse_a_question_of_only_punctuation() throws Exception {
        // when
        HttpResponse<String> res = ask(askFor("-".repeat(2000)));
        // then
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(json.readTree(res.body()).get("error").asText()).isEqualTo("question must contain at least one word");
    }

    @Test
    void should_answer_a_question_of_250_distinct_words() throws Exception {
        // given 250 different words, within the 2,000-character limit
        List<String> words = new ArrayList<>();
        for (int i = 0; words.size() < 250; i++) {
            words.add("" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "tr" + (char) ('a' + i / 676));
        }
        String question = "forced labour " + String.join(" ", words);
        // when
        HttpResponse<String> res = ask(askFor(question));
        // then
        assertThat(question).hasSizeLessThan(2000);
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
        assertThat(json.readTree(res.body()).has("answer")).isTrue();
    }

    @Test
    void should_answer_with_1024_values_in_one_filter() throws Exception {
        // given
        List<String> countries = new ArrayList<>(List.of("Thailand"));
        for (int i = 1; i < 1024; i++) {
            countries.add("Country " + i);
        }
        String body = json.writeValueAsString(java.util.Map.of("question", "forced labour in fishing",
                "filters", java.util.Map.of("countries", countries, "categories", countries.subList(0, 500))));
        // when
        HttpResponse<String> res = ask(body);
        // then
        assertThat(res.statusCode()).as(res.body()).isEqualTo(200);
    }

    @Test
    void should_treat_a_client_that_disconnects_mid_body_as_a_client_error() throws Exception {
        // given
        String errors = capturingErrors(() -> {
            // when a client promises 500 bytes, sends 20 and goes away
            try (Socket socket = new Socket("127.0.0.1", library.port())) {
                socket.getOutputStream().write(("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"question\":\"forced ")
                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                Thread.sleep(200);
            }
            Thread.sleep(500);
        });
        // then
        assertThat(errors).doesNotContain("[ERROR]").doesNotContain("\tat ");
        assertThat(metrics()).doesNotContainPattern("status=\"500\"");
    }

    @Test
    void should_answer_a_bad_chunk_size_with_400() throws Exception {
        // given
        String[] response = new String[1];
        String errors = capturingErrors(() -> response[0] = RawHttp.exchange(library.port(),
                "POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nFFFFFFFFFFFFFFFFFF1\r\n{\"question\":\"x\"}\r\n0\r\n\r\n"));
        // then
        assertThat(response[0]).startsWith("HTTP/1.1 400");
        assertThat(errors).doesNotContain("[ERROR]").doesNotContain("\tat ");
        assertThat(metrics()).doesNotContainPattern("status=\"500\"");
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> protocolErrors() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("bad request line", 400,
                        "GARBAGE\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
                org.junit.jupiter.params.provider.Arguments.of("long URL", 414,
                        "GET /api/publications?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
                org.junit.jupiter.params.provider.Arguments.of("large headers", 431,
                        "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n"),
                org.junit.jupiter.params.provider.Arguments.of("unknown HTTP version", 505,
                        "GET / HTTP/7.3\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocolErrors")
    void should_answer_jettys_own_errors_as_json_with_the_security_headers(String what, int status, String request)
            throws Exception {
        // when
        String response = RawHttp.exchange(library.port(), request);
        // then
        String head = response.substring(0, response.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(head).contains("content-type: application/json")
                .contains("content-security-policy: " + SecurityHeaders.CSP.toLowerCase(java.util.Locale.ROOT))
                .contains("x-content-type-options: nosniff").contains("referrer-policy: no-referrer");
        String body = response.substring(response.indexOf("\r\n\r\n") + 4);
        if (head.contains("transfer-encoding: chunked")) {
            body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
        }
        JsonNode error = json.readTree(body);
        assertThat(error.get("status").asInt()).isEqualTo(status);
        assertThat(error.get("error").asText()).isNotBlank();
    }

    private String metrics() throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + library.port() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    interface Action {
        void run() throws Exception;
    }

    private static String capturingErrors(Action action) throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        original.print(text);
        return text;
    }
}
