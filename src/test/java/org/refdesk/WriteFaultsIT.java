package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder on a real small disk (tmpfs) that fills up or turns read-only under a running server:
 * every write reports its cause and is not applied, questions keep being answered from the last good
 * index, the next write after the fault clears succeeds without a restart, and nothing reported as failed
 * shows up after one.
 */
class WriteFaultsIT {

    static final String TOKEN = "s3cret-token-for-tests-only";
    @TempDir
    Path dir;
    SmallDisk disk;
    Unwritable unwritable;
    TestLibrary library;
    final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void stop() throws Exception {
        if (library != null) {
            library.close();
        }
        if (unwritable != null) {
            unwritable.close();
        }
        if (disk != null) {
            disk.close();
        }
    }

    void start() {
        library = TestLibrary.shared(dir, s -> s.withAdminToken(TOKEN));
    }

    void restart() {
        library.close();
        start();
    }

    static String record(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Report " + id + "\",\"abstract\":\"Crews held at sea for years "
                + "without pay, " + id + ".\",\"countries\":[\"Thailand\"],\"year\":2019}";
    }

    HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(library.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + TOKEN);
        if (body != null) {
            req.header("Content-Type", path.startsWith("/api/ask") ? "application/json" : "application/x-ndjson");
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    int status(String path) throws Exception {
        return send("GET", path, null).statusCode();
    }

    String firstSeedId() throws Exception {
        return json.readTree(send("GET", "/api/publications", null).body()).get("items").get(0).get("id").asText();
    }

    @Test
    void should_report_a_full_disk_keep_answering_recover_and_never_apply_what_failed() throws Exception {
        // given a library whose data folder is a 24 MB disk
        disk = SmallDisk.mount(dir.resolve("data"), 24);
        start();
        String seed = firstSeedId();
        send("POST", "/api/admin/publications", record("before-full"));
        // when the disk fills up
        disk.fill();
        HttpResponse<String> upload = send("POST", "/api/admin/publications", record("while-full"));
        HttpResponse<String> delete = send("DELETE", "/api/admin/publications/" + seed, null);
        HttpResponse<String> ask = send("POST", "/api/ask", "{\"question\":\"forced labour at sea\"}");
        HttpResponse<String> ready = send("GET", "/health/ready", null);
        String metrics = send("GET", "/metrics", null).body();
        // then each write says why it failed, and questions are still answered from the last good index
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(507);
        assertThat(json.readTree(upload.body()).get("error").asText()).contains("no space left on the data disk")
                .contains("not applied");
        assertThat(delete.statusCode()).isEqualTo(507);
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonNode writes = json.readTree(ready.body()).get("writes");
        assertThat(writes.get("status").asText()).isEqualTo("failing");
        assertThat(writes.get("cause").asText()).isEqualTo("no space left on the data disk");
        assertThat(metrics).containsPattern("refdesk_write_failures_total\\{cause=\"disk_full\"[^}]*\\} 2\\.0");
        assertThat(status("/api/publications/while-full")).isEqualTo(404);
        assertThat(status("/api/publications/" + seed)).isEqualTo(200);
        // when space returns, the next write succeeds without a restart
        disk.free();
        HttpResponse<String> after = send("POST", "/api/admin/publications", record("after-free"));
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        assertThat(json.readTree(send("GET", "/health/ready", null).body()).get("writes").get("status").asText())
                .isEqualTo("ok");
        // and after a restart nothing that was reported as failed has been applied
        restart();
        assertThat(status("/api/publications/before-full")).isEqualTo(200);
        assertThat(status("/api/publications/after-free")).isEqualTo(200);
        assertThat(status("/api/publications/while-full")).isEqualTo(404);
        assertThat(status("/api/publications/" + seed)).isEqualTo(200);
    }

    @Test
    void should_report_an_unwritable_folder_keep_answering_and_write_again_once_writable() throws Exception {
        // given
        start();
        String seed = firstSeedId();
        // when the data folder turns unwritable under the running server
        unwritable = Unwritable.of(dir.resolve("data"));
        HttpResponse<String> upload = send("POST", "/api/admin/publications", record("while-ro"));
        HttpResponse<String> delete = send("DELETE", "/api/admin/publications/" + seed, null);
        HttpResponse<String> reindex = send("POST", "/api/admin/reindex", null);
        HttpResponse<String> ask = send("POST", "/api/ask", "{\"question\":\"forced labour at sea\"}");
        HttpResponse<String> ready = send("GET", "/health/ready", null);
        // then
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(503);
        assertThat(json.readTree(upload.body()).get("error").asText()).contains("read-only");
        assertThat(delete.statusCode()).isEqualTo(503);
        assertThat(reindex.statusCode()).as(reindex.body()).isEqualTo(503);
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(json.readTree(ready.body()).get("writes").get("status").asText()).isEqualTo("failing");
        assertThat(send("GET", "/metrics", null).body())
                .containsPattern("refdesk_write_failures_total\\{cause=\"read_only\"[^}]*\\} 3\\.0");
        // when it is writable again, the next writes succeed without a restart
        unwritable.close();
        unwritable = null;
        assertThat(send("POST", "/api/admin/publications", record("after-rw")).statusCode()).isEqualTo(200);
        assertThat(send("DELETE", "/api/admin/publications/" + seed, null).statusCode()).isEqualTo(204);
        assertThat(send("POST", "/api/admin/reindex", null).statusCode()).isEqualTo(200);
        restart();
        assertThat(status("/api/publications/after-rw")).isEqualTo(200);
        assertThat(status("/api/publications/while-ro")).isEqualTo(404);
        assertThat(status("/api/publications/" + seed)).isEqualTo(404);
    }
}
