package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.TestLibrary;

class AskApiIT {

    @TempDir
    static Path dir;
    static TestLibrary library;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void start() {
        library = TestLibrary.start(dir);
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    @Test
    void should_answer_re_trafficking_with_the_re_trafficking_report_as_source_one() throws Exception {
        // when
        HttpResponse<String> res = library.post("/api/ask", "{\"question\":\"what covers re-trafficking\"}");
        // then
        assertThat(res.statusCode()).isEqualTo(200);
        JsonNode body = json.readTree(res.body());
        assertThat(body.get("sources").get(0).get("n").asInt()).isEqualTo(1);
        assertThat(body.get("sources").get(0).get("title").asText())
                .isEqualTo("The Causes and Consequences of Re-trafficking: Evidence from the IOM Human Trafficking Database");
        assertThat(body.get("answer").asText()).contains("[1]");
        assertThat(body.get("abstained").asBoolean()).isFalse();
        assertThat(body.get("mode").asText()).isEqualTo("extractive");
        assertThat(body.get("suggestions").size()).isBetween(2, 3);
        assertThat(res.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void should_cite_exactly_the_returned_sources() throws Exception {
        for (String q : new String[] {"health consequences of trafficking", "reports from 2017", "anything on Armenia?",
                "smuggling of migrants"}) {
            JsonNode body = json.readTree(library.post("/api/ask", json.writeValueAsString(
                    java.util.Map.of("question", q))).body());
            Set<Integer> cited = new HashSet<>();
            Matcher m = Pattern.compile("\\[(\\d+)]").matcher(body.get("answer").asText());
            while (m.find()) {
                cited.add(Integer.parseInt(m.group(1)));
            }
            Set<Integer> numbered = new HashSet<>();
            body.get("sources").forEach(s -> numbered.add(s.get("n").asInt()));
            assertThat(cited).as(q).isEqualTo(numbered).isNotEmpty();
        }
    }

    @Test
    void should_abstain_without_sources_on_an_off_topic_question() throws Exception {
        JsonNode body = json.readTree(library.post("/api/ask", "{\"question\":\"how do I bake bread?\"}").body());
        assertThat(body.get("abstained").asBoolean()).isTrue();
        assertThat(body.get("sources")).isEmpty();
        assertThat(body.get("answer").asText()).contains("nothing");
    }

    @Test
    void should_answer_a_follow_up_about_authors_from_the_record() throws Exception {
        String request = """
                {"question":"who wrote it and when?","history":[
                 {"role":"user","content":"what covers re-trafficking"},
                 {"role":"assistant","content":"“The Causes and Consequences of Re-trafficking: Evidence from the IOM Human Trafficking Database” (2010): ... [1]."}]}
                """;
        JsonNode body = json.readTree(library.post("/api/ask", request).body());
        assertThat(body.get("answer").asText()).contains("Alison Jobe").contains("2010").contains("[1]");
    }

    @Test
    void should_refuse_an_empty_question_with_a_json_error() throws Exception {
        HttpResponse<String> res = library.post("/api/ask", "{\"question\":\"  \"}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(json.readTree(res.body()).get("error").asText()).isEqualTo("question must not be empty");
    }

    @Test
    void should_name_the_field_of_a_wrong_type() throws Exception {
        HttpResponse<String> res = library.post("/api/ask", "{\"question\":\"x\",\"filters\":{\"yearFrom\":\"soon\"}}");
        assertThat(res.statusCode()).isEqualTo(400);
        assertThat(json.readTree(res.body()).get("error").asText()).contains("filters.yearFrom");
    }

    @Test
    void should_browse_with_facets_and_filters() throws Exception {
        JsonNode all = json.readTree(library.get("/api/publications").body());
        assertThat(all.get("total").asInt()).isEqualTo(10);
        assertThat(all.get("facets").get("country").get("Worldwide").asInt()).isEqualTo(8);
        assertThat(all.get("facets").get("year").get("2017").asInt()).isEqualTo(2);
        JsonNode armenia = json.readTree(library.get("/api/publications?country=Armenia").body());
        assertThat(armenia.get("total").asInt()).isEqualTo(1);
        JsonNode range = json.readTree(library.get("/api/publications?yearFrom=2015&yearTo=2016").body());
        assertThat(range.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void should_return_one_record_or_a_json_404() throws Exception {
        HttpResponse<String> ok = library.get("/api/publications/the-other-migrant-crisis");
        assertThat(json.readTree(ok.body()).get("authors").size()).isEqualTo(3);
        HttpResponse<String> missing = library.get("/api/publications/nope");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json.readTree(missing.body()).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void should_report_readiness_with_the_number_of_publications() throws Exception {
        HttpResponse<String> res = library.get("/health/ready");
        assertThat(res.statusCode()).isEqualTo(200);
        assertThat(json.readTree(res.body()).get("publications").asInt()).isEqualTo(10);
        assertThat(library.get("/health/live").statusCode()).isEqualTo(200);
    }

    @Test
    void should_tell_the_cpu_the_server_spent_on_the_answer_in_server_timing_and_in_the_metrics() throws Exception {
        // when
        HttpResponse<String> res = library.post("/api/ask", "{\"question\":\"anything on forced labour in fishing?\"}");

        // then the answering thread's CPU follows the wait for a slot, and the metric adds it up
        assertThat(res.statusCode()).isEqualTo(200);
        String timing = res.headers().firstValue("Server-Timing").orElseThrow();
        assertThat(timing).matches("queue;dur=\\d+\\.\\d, cpu;dur=\\d+\\.\\d\\d");
        assertThat(Double.parseDouble(timing.replaceAll(".*cpu;dur=", ""))).isPositive();
        assertThat(library.get("/metrics").body()).containsPattern("refdesk_ask_cpu_seconds_total [0-9.E-]*[1-9]");
    }
}
