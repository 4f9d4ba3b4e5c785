package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin API on a real server: the token, partial uploads, deletes, and changes that outlive a restart. */
class AdminApiIT {

    static final String TOKEN = "s3cret-token-for-tests-only";
    static final String GOOD = "{\"id\":\"forced-labour-fishing\",\"title\":\"Forced Labour in Fishing Fleets\","
            + "\"abstract\":\"Crews held at sea for years without pay.\",\"countries\":[\"Thailand\"],\"year\":2019}";

    @TempDir
    Path dir;
    TestLibrary library;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() {
        if (library != null) {
            library.close();
        }
    }

    void start(String token) {
        library = TestLibrary.shared(dir, s -> s.withAdminToken(token));
    }

    HttpResponse<String> send(String method, String path, String token, String type, String body) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(library.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            req.header("Authorization", "Bearer " + token);
        }
        if (type != null) {
            req.header("Content-Type", type);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path, null, null, null);
    }

    @Test
    void should_disable_the_admin_api_when_no_token_is_configured() throws Exception {
        // given
        start(null);
        // when
        HttpResponse<String> res = send("POST", "/api/admin/publications", "anything", "application/x-ndjson", GOOD);
        // then
        assertThat(res.statusCode()).isEqualTo(403);
        assertThat(json.readTree(res.body()).get("error").asText()).contains("REFDESK_ADMIN_TOKEN");
        assertThat(get("/api/publications/forced-labour-fishing").statusCode()).isEqualTo(404);
    }

    @Test
    void should_refuse_a_missing_or_wrong_token() throws Exception {
        // given
        start(TOKEN);
        // when
        HttpResponse<String> missing = send("POST", "/api/admin/publications", null, "application/x-ndjson", GOOD);
        HttpResponse<String> wrong = send("POST", "/api/admin/publications", TOKEN + "x", "application/x-ndjson", GOOD);
        HttpResponse<String> deleteWrong = send("DELETE", "/api/admin/publications/x", "nope", null, null);
        HttpResponse<String> reindexWrong = send("POST", "/api/admin/reindex", "", null, null);
        // then
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(deleteWrong.statusCode()).isEqualTo(401);
        assertThat(reindexWrong.statusCode()).isEqualTo(401);
        assertThat(get("/api/publications/forced-labour-fishing").statusCode()).isEqualTo(404);
    }

    @Test
    void should_keep_good_records_and_reject_bad_ones_by_line() throws Exception {
        // given
        start(TOKEN);
        String body = GOOD + "\n{\"title\": broken\n{\"id\":\"no-title\",\"abstract\":\"x\"}\n";
        // when
        HttpResponse<String> res = send("POST", "/api/admin/publications", TOKEN, "application/x-ndjson", body);
        // then
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode report = json.readTree(res.body());
        assertThat(report.get("accepted").asInt()).isEqualTo(1);
        assertThat(report.get("added").asInt()).isEqualTo(1);
        assertThat(report.get("rejected").findValuesAsText("line")).containsExactly("2", "3");
        JsonNode found = json.readTree(get("/api/publications/forced-labour-fishing").body());
        assertThat(found.get("title").asText()).isEqualTo("Forced Labour in Fishing Fleets");
        assertThat(library.app().catalog().size()).isEqualTo(11);
    }

    @Test
    void should_accept_csv_and_refuse_an_upload_with_no_good_record() throws Exception {
        // given
        start(TOKEN);
        String csv = "id,title,abstract,year\nshelter-guide,Shelter Guide,\"Standards for shelters.\",2021\n";
        // when
        HttpResponse<String> ok = send("POST", "/api/admin/publications", TOKEN, "text/csv", csv);
        HttpResponse<String> bad = send("POST", "/api/admin/publications", TOKEN, "application/x-ndjson", "[1,2]\n");
        HttpResponse<String> wrongType = send("POST", "/api/admin/publications", TOKEN, "image/png", csv);
        // then
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(get("/api/publications/shelter-guide").statusCode()).isEqualTo(200);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(json.readTree(bad.body()).get("rejected").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(wrongType.statusCode()).isEqualTo(415);
    }

    @Test
    void should_keep_additions_and_deletions_across_a_restart_and_a_reindex() throws Exception {
        // given
        start(TOKEN);
        String seedId = json.readTree(get("/api/publications").body()).get("items").get(0).get("id").asText();
        send("POST", "/api/admin/publications", TOKEN, "application/x-ndjson", GOOD);
        // when
        HttpResponse<String> deleted = send("DELETE", "/api/admin/publications/" + seedId, TOKEN, null, null);
        HttpResponse<String> unknown = send("DELETE", "/api/admin/publications/no-such-report", TOKEN, null, null);
        HttpResponse<String> reindexed = send("POST", "/api/admin/reindex", TOKEN, null, null);
        library.close();
        start(TOKEN);
        // then
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(reindexed.statusCode()).isEqualTo(200);
        assertThat(get("/api/publications/" + seedId).statusCode()).isEqualTo(404);
        assertThat(get("/api/publications/forced-labour-fishing").statusCode()).isEqualTo(200);
        assertThat(library.app().catalog().size()).isEqualTo(10);
    }

    @Test
    void should_log_neither_abstracts_nor_tokens() throws Exception {
        // given
        start(TOKEN);
        String marker = "Zanzibar-quokka-marker";
        String body = "{\"id\":\"m\",\"title\":\"Marker report\",\"abstract\":\"" + marker + " sentence.\"}\n"
                + "{\"title\":\"" + marker + "\",\"bogus\":1}\n";
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            // when
            send("POST", "/api/admin/publications", TOKEN, "application/x-ndjson", body);
            send("POST", "/api/admin/publications", "guess-" + marker, "application/x-ndjson", body);
            send("POST", "/api/ask", null, "application/json", "{\"question\":\"" + marker + " question\"}");
        } finally {
            System.setErr(original);
        }
        // then
        String logs = captured.toString(StandardCharsets.UTF_8);
        assertThat(logs).doesNotContain(marker).doesNotContain(TOKEN);
    }
}
