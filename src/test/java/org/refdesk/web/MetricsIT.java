package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.TestLibrary;

/** {@code /metrics} in Prometheus format after real traffic. */
class MetricsIT {

    @TempDir
    static Path dir;
    static TestLibrary library;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        library = TestLibrary.start(dir);
        library.port(); // listening before any test counts requests or captures the log
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    HttpResponse<String> send(HttpRequest.Builder req) throws Exception {
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder to(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + library.port() + path));
    }

    HttpResponse<String> ask(String question) throws Exception {
        return send(to("/api/ask").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question + "\"}")));
    }

    @Test
    void should_count_requests_answers_and_abstentions_by_route_status_and_mode() throws Exception {
        // given
        ask("what covers re-trafficking");
        ask("how do I bake sourdough bread at home?");
        ask("what covers re-trafficking");
        ask("");
        send(to("/api/ask").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")));
        send(to("/api/publications/no-such-id"));
        send(to("/no/such/page"));
        // when
        HttpResponse<String> res = send(to("/metrics"));
        // then
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        String text = res.body();
        assertThat(text).contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/ask\",status=\"200\"} 3");
        assertThat(text).contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/ask\",status=\"400\"} 1");
        assertThat(text).contains("http_server_requests_seconds_count{method=\"POST\",route=\"/api/ask\",status=\"415\"} 1");
        assertThat(text).contains("route=\"/api/publications/{id}\",status=\"404\"");
        assertThat(text).contains("route=\"unmatched\",status=\"404\"");
        assertThat(text).contains("http_server_requests_seconds_bucket{");
        assertThat(text).containsPattern("refdesk_answers_total\\{mode=\"extractive\"} 3");
        assertThat(text).containsPattern("refdesk_abstentions_total [1-9]");
        assertThat(text).contains("refdesk_index_publications 10");
        assertThat(text).containsPattern("refdesk_embedding_query_cache_hits_total [1-9]");
        assertThat(text).doesNotContain("re-trafficking").doesNotContain("no-such-id");
    }
}
