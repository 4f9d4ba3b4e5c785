package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.App;
import org.refdesk.TestLibrary;

/** Limits, headers and abuse handling, against a real server on a loopback port with the seed library. */
class WebHardeningIT {

    @TempDir
    static Path dir;
    static TestLibrary library;
    static App app;
    static Javalin web;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();
    final List<Javalin> extra = new ArrayList<>();

    @BeforeAll
    static void start() {
        library = TestLibrary.shared(dir, s -> s);
        app = library.app();
        web = serve(new WebPolicy(true, 0, 32, null, null));
    }

    @AfterAll
    static void stop() {
        web.stop();
        library.close();
    }

    @AfterEach
    void stopExtra() {
        extra.forEach(Javalin::stop);
    }

    static Javalin serve(WebPolicy policy) {
        return WebServer.create(new WebDeps(app.ask(), app.catalog(), app.readiness(), app.embedder().modelId(), policy,
                LibraryAdmin.NONE, app.embedder()::queryCacheHits)).start("127.0.0.1", 0);
    }

    Javalin extraServer(WebPolicy policy) {
        Javalin server = serve(policy);
        extra.add(server);
        return server;
    }

    HttpResponse<String> post(int port, String body, String... headers) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/ask"))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length == 0) {
            req.header("Content-Type", "application/json");
        } else {
            req.headers(headers);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> ask(String body) throws Exception {
        return post(web.port(), body);
    }

    JsonNode error(HttpResponse<String> res) throws Exception {
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return json.readTree(res.body());
    }

    @Test
    void should_reject_empty_and_overlong_questions_with_400() throws Exception {
        // when
        HttpResponse<String> empty = ask("{\"question\":\"\"}");
        HttpResponse<String> tooLong = ask("{\"question\":\"" + "a".repeat(2001) + "\"}");
        HttpResponse<String> longest = ask("{\"question\":\"" + "trafficking ".repeat(166) + "\"}");
        // then
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(error(empty).get("error").asText()).contains("question");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(error(tooLong).get("error").asText()).contains("2000");
        assertThat(longest.statusCode()).isEqualTo(200);
    }

    @Test
    void should_name_the_field_of_malformed_or_mistyped_json() throws Exception {
        // when
        HttpResponse<String> malformed = ask("{\"question\": \"x\"");
        HttpResponse<String> wrongType = ask("{\"question\": 5}");
        HttpResponse<String> wrongNested = ask("{\"question\":\"x\",\"filters\":{\"countries\":\"Nepal\"}}");
        // then
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(error(malformed).get("error").asText()).contains("malformed JSON");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(error(wrongType).get("error").asText()).contains("question");
        assertThat(wrongNested.statusCode()).isEqualTo(400);
        assertThat(error(wrongNested).get("error").asText()).contains("filters.countries");
    }

    @Test
    void should_reject_more_than_20_history_turns() throws Exception {
        // given
        String turn = "{\"role\":\"user\",\"content\":\"hi\"}";
        String history = String.join(",", java.util.Collections.nCopies(21, turn));
        // when
        HttpResponse<String> res = ask("{\"question\":\"x\",\"history\":[" + history + "]}");
        // then
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(error(res).get("error").asText()).contains("history");
    }

    @Test
    void should_reject_a_wrong_content_type_with_415() throws Exception {
        // when
        HttpResponse<String> res = post(web.port(), "{\"question\":\"x\"}", "Content-Type", "text/plain");
        // then
        assertThat(res.statusCode()).isEqualTo(415);
        assertThat(error(res).get("status").asInt()).isEqualTo(415);
    }

    @Test
    void should_reject_a_body_over_64_kb_with_413() throws Exception {
        // when a client announces a 70 KB body (the server answers before reading it)
        RawResponse res = raw("Content-Length: 70016\r\n", List.of());
        // then
        assertThat(res.status()).isEqualTo(413);
        assertThat(res.body()).contains("\"status\":413");
    }

    @Test
    void should_reject_a_chunked_body_over_64_kb_with_413() throws Exception {
        // given a body without Content-Length, sent in 4 KB chunks
        List<byte[]> chunks = new java.util.ArrayList<>();
        for (int i = 0; i < 25; i++) {
            chunks.add("a".repeat(4096).getBytes(StandardCharsets.UTF_8));
        }
        // when
        RawResponse res = raw("Transfer-Encoding: chunked\r\n", chunks);
        // then
        assertThat(res.status()).isEqualTo(413);
        assertThat(res.body()).contains("65536");
    }

    /**
     * A POST over a plain socket, so the test sees the server's early answer: stops sending as soon as a
     * response arrives (a client library may instead fail with a broken pipe, depending on timing).
     */
    private RawResponse raw(String lengthHeader, List<byte[]> chunks) throws IOException {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", web.port())) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            java.io.InputStream in = socket.getInputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + lengthHeader + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                for (byte[] chunk : chunks) {
                    if (in.available() > 0) {
                        break;
                    }
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    Thread.sleep(5);
                }
            } catch (IOException | InterruptedException closedEarly) {
                // the server answered and closed: read what it said
            }
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return new RawResponse(status, response.substring(response.indexOf("\r\n\r\n") + 4));
        }
    }

    private record RawResponse(int status, String body) {
    }

    @Test
    void should_not_let_line_breaks_in_a_question_forge_log_lines() throws Exception {
        // given
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        HttpResponse<String> res;
        try {
            // when
            res = ask("{\"question\":\"trafficking\\r\\n2026-01-01T00:00:00.000 [INFO] App - FORGED admin login\\u001b[2J\"}");
        } finally {
            System.setErr(original);
        }
        // then
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(captured.toString(StandardCharsets.UTF_8).lines()).noneMatch(l -> l.contains("FORGED"));
        assertThat(RequestReader.withoutControls("a\r\nb\u001b\u2028c")).isEqualTo("a  b  c");
    }

    @Test
    void should_send_security_headers_on_static_files_and_api_answers() throws Exception {
        // when
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port() + "/"))
                .header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + web.port()
                + "/api/publications")).header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString());
        // then
        for (HttpResponse<String> res : List.of(page, api)) {
            assertThat(res.statusCode()).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Security-Policy")).hasValue(
                    "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
            assertThat(res.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(res.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(res.headers().firstValue("Server")).isEmpty();
            assertThat(res.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        assertThat(api.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void should_refuse_a_foreign_host_when_bound_to_loopback() throws Exception {
        // when
        String foreign = RawHttp.exchange(web.port(),
                "GET /api/publications HTTP/1.1\r\nHost: rebind.evil.example:" + web.port() + "\r\nConnection: close\r\n\r\n");
        String local = RawHttp.exchange(web.port(),
                "GET /api/publications HTTP/1.1\r\nHost: localhost:" + web.port() + "\r\nConnection: close\r\n\r\n");
        String open = RawHttp.exchange(extraServer(new WebPolicy(false, 0, 32, null, null)).port(),
                "GET /health/live HTTP/1.1\r\nHost: refdesk.training.lan\r\nConnection: close\r\n\r\n");
        // then
        assertThat(foreign).startsWith("HTTP/1.1 403").contains("\"status\":403").contains("Content-Security-Policy");
        assertThat(local).startsWith("HTTP/1.1 200");
        assertThat(open).startsWith("HTTP/1.1 200");
    }

    @Test
    void should_limit_the_rate_per_socket_address_and_ignore_forged_forwarding() throws Exception {
        // given
        Javalin limited = extraServer(new WebPolicy(true, 3, 32, null, null));
        // when
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;
        for (int i = 0; i < 4; i++) {
            last = post(limited.port(), "{\"question\":\"\"}", "Content-Type", "application/json",
                    "X-Forwarded-For", "10.0.0." + i);
            statuses.add(last.statusCode());
        }
        // then
        assertThat(statuses).containsExactly(400, 400, 400, 429);
        assertThat(last.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
        assertThat(error(last).get("status").asInt()).isEqualTo(429);
    }

    @Test
    void should_count_forwarded_clients_apart_behind_the_trusted_proxy() throws Exception {
        // given
        Javalin proxied = extraServer(new WebPolicy(true, 2, 32, "127.0.0.1", null));
        // when
        List<Integer> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.add(post(proxied.port(), "{\"question\":\"\"}", "Content-Type", "application/json",
                    "X-Forwarded-For", "203.0.113.9, 10.1.1.1").statusCode());
        }
        int other = post(proxied.port(), "{\"question\":\"\"}", "Content-Type", "application/json",
                "X-Forwarded-For", "10.1.1.2").statusCode();
        // then
        assertThat(first).containsExactly(400, 400, 429);
        assertThat(other).isEqualTo(400);
    }
}
