package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admin writes as one state machine with the index: a reindex builds the new index beside the one in use,
 * which keeps answering until the swap; a delete of an unknown id records nothing; a damaged journal
 * loses only its damaged line.
 */
class ReindexIT {

    static final String TOKEN = "s3cret-token-for-tests-only";
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

    void start() {
        // no rate limit: the test asks as fast as it can
        library = TestLibrary.shared(dir, s -> s.withAdminToken(TOKEN).withLimits(0, 32, null));
    }

    void restart() {
        library.close();
        start();
    }

    HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(library.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + TOKEN);
        if (type != null) {
            req.header("Content-Type", type);
        }
        return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
    }

    int status(String path) throws Exception {
        return send("GET", path, null, null).statusCode();
    }

    static String record(String id) {
        return "{\"id\":\"" + id + "\",\"title\":\"Shelter report " + id + "\",\"abstract\":\"Survivors found "
                + "shelter and legal aid, case " + id + ". A second sentence about outreach.\",\"countries\":[\"Nepal\"],"
                + "\"year\":2021}";
    }

    @Test
    void should_keep_answering_from_the_old_index_during_a_reindex_and_switch_at_once() throws Exception {
        // given a running library and 300 new records in the seeds folder
        start();
        Path oldDir = library.app().settings().data().resolve("index");
        Files.writeString(library.app().settings().seeds().resolve("extra.jsonl"),
                IntStream.range(0, 300).mapToObj(i -> record("extra-" + i)).collect(Collectors.joining("\n")));
        // when questions are asked all through a reindex
        CompletableFuture<HttpResponse<String>> reindex = CompletableFuture.supplyAsync(() -> {
            try {
                return send("POST", "/api/admin/reindex", null, null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<Integer> statuses = new CopyOnWriteArrayList<>();
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        while (!reindex.isDone()) {
            statuses.add(send("POST", "/api/ask", "application/json", "{\"question\":\"forced labour at sea\"}").statusCode());
            sizes.add(json.readTree(send("GET", "/api/publications", null, null).body()).get("total").asInt());
        }
        HttpResponse<String> done = reindex.get();
        // then every question was answered, from the old index until the new one was complete
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(json.readTree(done.body()).get("added").asInt()).isEqualTo(300);
        assertThat(statuses).isNotEmpty().containsOnly(200);
        assertThat(sizes).containsOnly(10, 310);
        assertThat(json.readTree(send("GET", "/api/publications", null, null).body()).get("total").asInt()).isEqualTo(310);
        assertThat(status("/api/publications/extra-7")).isEqualTo(200);
        // and the new index is the one in use, also after a restart; the old folder is gone
        assertThat(oldDir).doesNotExist();
        assertThat(Files.readString(library.app().settings().data().resolve("index.current")).strip()).startsWith("index-");
        restart();
        assertThat(library.app().catalog().size()).isEqualTo(310);
        try (Stream<Path> dirs = Files.list(library.app().settings().data())) {
            assertThat(dirs.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("index-"))).hasSize(1);
        }
    }

    @Test
    void should_answer_404_and_record_nothing_for_a_delete_of_an_unknown_id() throws Exception {
        // given
        start();
        Path journal = library.app().settings().data().resolve("library-changes.json");
        boolean existedBefore = Files.exists(journal);
        // when
        HttpResponse<String> res = send("DELETE", "/api/admin/publications/later-seed", null, null);
        // then
        assertThat(res.statusCode()).isEqualTo(404);
        assertThat(Files.exists(journal)).isEqualTo(existedBefore);
        // and a seed record with that id, added later, is not held back by a tombstone
        Files.writeString(library.app().settings().seeds().resolve("later.jsonl"), record("later-seed"));
        assertThat(send("POST", "/api/admin/reindex", null, null).statusCode()).isEqualTo(200);
        assertThat(status("/api/publications/later-seed")).isEqualTo(200);
    }

    @Test
    void should_recover_every_intact_change_of_a_damaged_journal_and_say_so() throws Exception {
        // given three admin changes, then one byte of the second flipped on disk
        start();
        String seed = json.readTree(send("GET", "/api/publications", null, null).body()).get("items").get(0).get("id").asText();
        send("POST", "/api/admin/publications", "application/x-ndjson", record("kept-a"));
        send("POST", "/api/admin/publications", "application/x-ndjson", record("damaged-b"));
        send("DELETE", "/api/admin/publications/" + seed, null, null);
        library.close();
        Path journal = dir.resolve("data").resolve("library-changes.json");
        Files.writeString(journal, Files.readString(journal).replace("case damaged-b", "case damaged-c"));
        // when
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            start();
        } finally {
            System.setErr(original);
        }
        // then the intact changes hold, the damaged one is named in a warning with the file
        String logs = captured.toString(StandardCharsets.UTF_8);
        original.print(logs);
        assertThat(status("/api/publications/kept-a")).isEqualTo(200);
        assertThat(status("/api/publications/" + seed)).isEqualTo(404);
        assertThat(status("/api/publications/damaged-b")).isEqualTo(404);
        assertThat(logs).containsPattern("\\[WARN\\] ChangeJournal - Library changes file .*library-changes.json is "
                + "damaged: line\\(s\\) \\[\\d+\\] failed their checksum");
        JsonNode ready = json.readTree(send("GET", "/health/ready", null, null).body());
        assertThat(ready.get("status").asText()).isEqualTo("ready");
    }
}
