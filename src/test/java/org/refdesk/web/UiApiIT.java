package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.App;
import org.refdesk.TestLibrary;

/** The endpoints the page uses beyond /api/ask: the answer stream, exports and starter questions. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private App app;
    private TestLibrary library;
    private String base;

    @BeforeAll
    void start(@TempDir Path work) {
        library = TestLibrary.start(work, UnaryOperator.identity(), TestLibrary.PROJECT_SEEDS);
        app = library.app();
        base = library.baseUrl();
    }

    @AfterAll
    void stop() {
        if (library != null) {
            library.close();
        }
    }

    @Test
    void should_stream_sources_then_text_then_the_final_answer() throws Exception {
        // when a question is posted to the stream
        HttpResponse<String> res = post("/api/ask/stream", "{\"question\":\"Anything on Armenia?\"}");

        // then it is an event stream: sources, deltas that add up to the answer, done
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(res.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        assertThat(res.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
        List<String[]> events = events(res.body());
        assertThat(events.get(0)[0]).isEqualTo("sources");
        assertThat(events.get(events.size() - 1)[0]).isEqualTo("done");
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e[0].equals("delta")).forEach(e -> text.append(read(e[1]).get("text").asText()));
        JsonNode done = read(events.get(events.size() - 1)[1]);
        assertThat(text.toString()).isEqualTo(done.get("answer").asText());
        assertThat(done.get("sources").get(0).get("title").asText()).contains("Making Your Travel Safe");
    }

    @Test
    void should_refuse_a_bad_stream_request_with_a_json_error_before_any_event() throws Exception {
        HttpResponse<String> res = post("/api/ask/stream", "{\"question\":\"  \"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(read(res.body()).get("error").asText()).isEqualTo("question must not be empty");
    }

    @Test
    void should_answer_503_on_the_stream_while_the_library_loads() throws Exception {
        app.readiness().loading("test");
        try {
            assertThat(post("/api/ask/stream", "{\"question\":\"Anything on Armenia?\"}").statusCode()).isEqualTo(503);
        } finally {
            app.readiness().ready();
        }
    }

    @Test
    void should_export_as_an_attachment_in_each_format() throws Exception {
        String ids = "the-other-migrant-crisis,making-your-travel-safe-tips-on-safe-migration-practices-for-youth";
        for (String format : List.of("ris", "bibtex", "csv", "md")) {
            HttpResponse<String> res = get("/api/export?ids=" + ids + "&format=" + format);
            assertThat(res.statusCode()).as(format).isEqualTo(200);
            assertThat(res.headers().firstValue("Content-Disposition").orElseThrow())
                    .matches("attachment; filename=\"refdesk-reading-list\\.(ris|bib|csv|md)\"");
            assertThat(res.body()).contains("The Other Migrant Crisis", "Making Your Travel Safe");
        }
        assertThat(get("/api/export?ids=" + ids + "&format=ris").headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/x-research-info-systems");
    }

    @Test
    void should_refuse_unknown_ids_and_formats() throws Exception {
        HttpResponse<String> unknown = get("/api/export?ids=the-other-migrant-crisis,nope&format=ris");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(read(unknown.body()).get("error").asText()).isEqualTo("no publication with id 'nope'");
        assertThat(get("/api/export?ids=the-other-migrant-crisis&format=docx").statusCode()).isEqualTo(400);
        assertThat(get("/api/export?format=ris").statusCode()).isEqualTo(400);
    }

    @Test
    void should_offer_starters_that_the_library_answers() throws Exception {
        // given the starter questions
        JsonNode starters = read(get("/api/starters").body()).get("starters");
        assertThat(starters.size()).isBetween(3, 6);

        // when each is asked, then each gets a cited answer, not an abstention
        for (JsonNode s : starters) {
            JsonNode answer = read(post("/api/ask", json.writeValueAsString(Map.of("question", s.asText()))).body());
            assertThat(answer.get("abstained").asBoolean()).as(s.asText()).isFalse();
            assertThat(answer.get("sources").size()).as(s.asText()).isPositive();
        }
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    private static List<String[]> events(String body) {
        List<String[]> out = new ArrayList<>();
        for (String frame : body.split("\n\n")) {
            String event = null;
            String data = null;
            for (String line : frame.split("\n")) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data = line.substring(6);
                }
            }
            if (event != null) {
                out.add(new String[] {event, data});
            }
        }
        return out;
    }
}
