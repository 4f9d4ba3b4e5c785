package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.refdesk.TestLibrary;

/**
 * "And N more" on the 210-record dev library, through a real server: an answer that cites fewer reports than
 * matched links to {@code GET /api/publications} listing exactly the matching reports, the cited ones first.
 */
class MoreLinkIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OpenApiSchemas SCHEMAS = new OpenApiSchemas(OpenApi.text());
    private static TestLibrary library;

    @BeforeAll
    static void start() {
        library = TestLibrary.devLibrary();
    }

    @AfterAll
    static void stop() {
        library.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "what do we have on child trafficking?", // a topical list: the reports above the relevance bar
        "everything from 2017", // a list defined by its filter alone
        "list all reports from 2018", // more than one page
        "what do we have on forced labour?"})
    void should_link_to_exactly_the_matching_reports_with_the_cited_ones_first(String question) throws Exception {
        // given an answer citing fewer reports than matched
        JsonNode answer = ask(question);
        List<String> cited = ids(answer.path("sources"));
        assertThat(answer.has("more")).as("answer to '%s' has more", question).isTrue();
        assertThat(SCHEMAS.validate("/api/ask", "post", 200, answer)).isEmpty();
        int count = answer.path("more").path("count").asInt();
        assertThat(count).isPositive();

        // when every page of its link is followed
        String href = answer.path("more").path("href").asText();
        List<String> listed = new ArrayList<>();
        int total = -1;
        for (int page = 0; total < 0 || listed.size() < total; page++) {
            JsonNode body = JSON.readTree(get(href + "&page=" + page).body());
            assertThat(SCHEMAS.validate("/api/publications", "get", 200, body)).isEmpty();
            total = body.path("total").asInt();
            assertThat(body.path("items")).as("page %d of %d", page, total).isNotEmpty();
            listed.addAll(ids(body.path("items")));
        }

        // then it lists every matching report once, the cited ones first in the answer's order
        assertThat(total).isEqualTo(cited.size() + count);
        assertThat(listed).hasSize(total).doesNotHaveDuplicates();
        assertThat(listed.subList(0, cited.size())).containsExactlyElementsOf(cited);
    }

    @Test
    void should_keep_the_order_of_more_ids_than_one_page_holds() throws Exception {
        // given 25 reports named in an order of our own (the library's newest first, reversed)
        List<String> some = new ArrayList<>();
        for (int page = 0; some.size() < 25; page++) {
            some.addAll(ids(JSON.readTree(get("/api/publications?page=" + page).body()).path("items")));
        }
        List<String> wanted = new ArrayList<>(some.subList(0, 25));
        Collections.reverse(wanted);
        String ids = "id=" + String.join("&id=", wanted);

        // when both pages are fetched
        JsonNode first = JSON.readTree(get("/api/publications?" + ids).body());
        JsonNode second = JSON.readTree(get("/api/publications?" + ids + "&page=1").body());

        // then they list exactly those reports in that order
        assertThat(first.path("total").asInt()).isEqualTo(25);
        List<String> listed = new ArrayList<>(ids(first.path("items")));
        listed.addAll(ids(second.path("items")));
        assertThat(listed).containsExactlyElementsOf(wanted);
    }

    @Test
    void should_send_the_same_link_in_the_streamed_final_answer() throws Exception {
        // given
        String question = "everything from 2017";
        JsonNode asked = ask(question);
        // when
        String events = library.post("/api/ask/stream", JSON.writeValueAsString(Map.of("question", question))).body();
        // then
        String done = events.substring(events.indexOf("event: done"));
        JsonNode streamed = JSON.readTree(done.substring(done.indexOf("data: ") + 6, done.indexOf('\n',
                done.indexOf("data: "))));
        assertThat(streamed.path("more")).isEqualTo(asked.path("more"));
    }

    @Test
    void should_not_link_when_every_matching_report_is_cited() throws Exception {
        // when a question with one clear match is asked
        JsonNode answer = ask("Who wrote the GRETA evaluation report on Armenia?");
        // then
        assertThat(answer.path("sources").size()).isLessThanOrEqualTo(1);
        assertThat(answer.has("more")).isFalse();
    }

    static Stream<String> badQueries() {
        return Stream.of("page=abc", "page=10001", "yearFrom=2020&yearTo=2010", "scope=UNODC",
                "scope=UNODC%7Cx%3Abad", "author=" + "x".repeat(301),
                String.join("&", Collections.nCopies(201, "id=a")),
                "first=" + String.join("&first=", Collections.nCopies(201, "b")));
    }

    @ParameterizedTest
    @MethodSource("badQueries")
    void should_refuse_a_bad_list_query_with_a_json_400(String query) throws Exception {
        // when
        HttpResponse<String> res = get("/api/publications?" + query);
        // then
        assertThat(res.statusCode()).isEqualTo(400);
        JsonNode error = JSON.readTree(res.body());
        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("error").asText()).isNotBlank();
        assertThat(SCHEMAS.validate("/api/publications", "get", 400, error)).isEmpty();
    }

    private static JsonNode ask(String question) throws Exception {
        return JSON.readTree(library.post("/api/ask", JSON.writeValueAsString(Map.of("question", question))).body());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return library.get(path);
    }

    private static List<String> ids(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("id").asText()));
        return out;
    }
}
