package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.answer.Answer;
import org.refdesk.answer.Quote;
import org.refdesk.answer.Source;
import org.refdesk.cli.EvalCase;
import org.refdesk.cli.Evaluator;
import org.refdesk.config.Settings;
import org.refdesk.library.Publication;
import org.refdesk.library.Filters;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.SimilarReports;
import org.refdesk.retrieve.Turn;

/**
 * What refdesk gives a librarian, on the dev library (210 records) with the real model: answers checkable
 * word for word, list answers counted over everything that matched, "more like this", and the gap report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibrarianIT {

    private static final Path LIBRARY = TestLibrary.DEV_LIBRARY;
    /** The index EvalIT keeps between builds, copied so this test's gap report never lands in it. */
    private static final Path LIBRARY_DATA = TestLibrary.DEV_LIBRARY_DATA;
    private static final String TOKEN = "librarian-token";
    private final HttpClient http = HttpClient.newHttpClient();
    private TestLibrary refdesk;
    private App app;
    private Path data;

    @BeforeAll
    void start(@TempDir Path dir) {
        data = dir.resolve("data");
        copy(LIBRARY_DATA, data);
        refdesk = TestLibrary.shared(Settings.fromEnvironment(Map.of()).withStorage(LIBRARY, data)
                .withAdminToken(TOKEN).withGapReport(true));
        app = refdesk.app();
    }

    @AfterAll
    void stop() {
        if (refdesk != null) {
            refdesk.close();
        }
    }

    @Test
    void should_place_every_quote_of_every_dev_answer_word_for_word_in_its_source_abstract() {
        // given every dev question
        List<EvalCase> cases = Evaluator.read(Path.of("src/test/resources/eval/dev.jsonl"));
        int quotes = 0;
        for (EvalCase c : cases) {
            // when it is answered
            List<Turn> history = c.history().stream().map(t -> new Turn(t.role(), t.content(), t.sources())).toList();
            Answer a = app.ask().ask(new Question(c.q(), history, Filters.NONE));
            String said = plain(a.answer());
            // then each quote is a span of the full abstract, and that very span is what the answer says
            for (Source s : a.sources()) {
                String abstractText = app.catalog().find(s.id()).orElseThrow().abstractText();
                for (Quote q : s.quotes()) {
                    assertThat(q.end()).as(c.id() + " " + s.id()).isLessThanOrEqualTo(abstractText.length());
                    String quoted = abstractText.substring(q.start(), q.end());
                    assertThat(quoted).as(c.id()).isNotBlank();
                    assertThat(said).as(c.id() + ": " + a.answer()).contains(plain(quoted));
                    quotes++;
                }
            }
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(150);
        assertThat(quotes).isGreaterThan(cases.size());
    }

    @Test
    void should_lead_a_list_answer_with_counts_over_everything_that_matched_not_the_cited_few() {
        // given what the whole library holds, counted by browsing it
        org.refdesk.retrieve.CatalogPage library = app.catalog().browse(null, Filters.NONE, 0);
        List<Integer> years = library.facets().get("year").keySet().stream().map(Integer::parseInt).sorted().toList();
        List<String> categories = library.facets().get("category").entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(2).map(Map.Entry::getKey).toList();

        // when every report is asked for, and a topic's list
        Answer all = app.ask().ask(Question.of("list all reports"));
        Answer topical = app.ask().ask(Question.of("Which reports are about forced labour in fishing?"));

        // then the leads count the whole matching sets (years, categories), and say how many are cited
        assertThat(all.answer()).startsWith(library.total() + " reports, " + years.get(0) + "–" + years.get(years.size() - 1)
                + ", most in " + categories.get(0) + " and " + categories.get(1) + "; " + all.sources().size() + " cited below:");
        assertThat(all.sources().size()).isLessThan(library.total());
        assertThat(topical.answer()).containsPattern("^\\d+ reports, \\d{4}–\\d{4}, most in [^;]+ and [^;]+; "
                + topical.sources().size() + " cited below:");
        int matching = Integer.parseInt(topical.answer().substring(0, topical.answer().indexOf(' ')));
        assertThat(matching).isGreaterThan(topical.sources().size());
    }

    @Test
    void should_answer_more_like_the_second_one_with_its_nearest_reports_never_itself() {
        // given an answer citing several reports
        Answer first = app.ask().ask(Question.of("Which reports are about forced labour in fishing?"));
        String second = first.sources().get(1).id();
        List<Turn> history = List.of(new Turn("user", "Which reports are about forced labour in fishing?"),
                new Turn("assistant", first.answer(), first.sources().stream().map(Source::id).toList()));

        // when the follow-up asks for more like the second one, in words and by number
        Answer inWords = app.ask().ask(new Question("more like the second one", history, Filters.NONE));
        Answer byNumber = app.ask().ask(new Question("more like [2]", history, Filters.NONE));

        // then the nearest reports to it are cited, closest first, and it is not among them
        List<String> nearest = app.catalog().similar(second, 5).orElseThrow().stream()
                .map(s -> s.publication().id()).toList();
        assertThat(inWords.sources()).extracting(Source::id).containsExactlyElementsOf(nearest).doesNotContain(second);
        assertThat(byNumber.sources()).extracting(Source::id).containsExactlyElementsOf(nearest);
        assertThat(inWords.answer()).startsWith("Reports like “" + first.sources().get(1).title() + "”");
    }

    @Test
    void should_find_similar_reports_by_their_vectors_closest_first_with_the_facets_they_share() {
        // when
        List<SimilarReports.Similar> similar = app.catalog().similar("lib-c-ilo-caught-at-sea-2013", 20).orElseThrow();
        Publication of = app.catalog().find("lib-c-ilo-caught-at-sea-2013").orElseThrow();

        // then
        assertThat(similar).hasSize(20).extracting(s -> s.publication().id()).doesNotContain(of.id()).doesNotHaveDuplicates();
        assertThat(similar).extracting(SimilarReports.Similar::rank).isSortedAccordingTo((x, y) -> Double.compare(y, x));
        assertThat(similar.get(0).shared()).isNotEmpty();
        assertThat(app.catalog().similar("no-such-report", 5)).isEmpty();
    }

    @Test
    void should_count_an_unanswered_topic_for_the_admin_and_keep_no_question_text() throws Exception {
        // when a question the library does not cover is asked over HTTP
        String question = "Is there anything on trafficking in Canada?";
        HttpResponse<String> asked = http.send(HttpRequest.newBuilder(url("/api/ask"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"" + question + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> gaps = http.send(HttpRequest.newBuilder(url("/api/admin/gaps"))
                .header("Authorization", "Bearer " + TOKEN).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(url("/api/admin/gaps")).build(),
                HttpResponse.BodyHandlers.ofString());

        // then the admin sees the topic counted as not covered; the file keeps its terms, not the question
        assertThat(asked.body()).contains("\"abstained\":true");
        assertThat(gaps.statusCode()).isEqualTo(200);
        assertThat(gaps.body()).startsWith("{\"enabled\":true,").contains("\"topic\":\"canada\"", "\"kind\":\"not-covered\"");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(Files.readString(data.resolve("gaps.json"))).contains("canada").doesNotContain(question, "127.0.0.1");
        assertThat(Settings.fromEnvironment(Map.of()).gapReport()).isFalse();
        assertThat(Settings.fromEnvironment(Map.of("REFDESK_GAP_REPORT", "true")).gapReport()).isTrue();
    }

    private URI url(String path) {
        return URI.create(refdesk.baseUrl() + path);
    }

    /** The answer as read: [n] markers out, white space as single spaces. */
    private static String plain(String text) {
        return text.replaceAll("\\s*\\[\\d+(?:\\s*,\\s*\\d+)*]", "").replaceAll("\\s+", " ");
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to);
            if (!Files.isDirectory(from)) {
                return;
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : files.toList()) {
                    Path target = to.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(target);
                    } else if (!f.getFileName().toString().equals("gaps.json")) {
                        Files.copy(f, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
