package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.refdesk.index.IndexedPublication;
import org.refdesk.index.PublicationIndex;
import org.refdesk.library.Filters;
import org.refdesk.library.Publication;

/**
 * Fuzz test of question understanding: any question text and history (within the API's limits) is
 * understood without an exception, against a small real Lucene index. Inputs are split on newlines into
 * the question and the history turns. Replays {@code QueryUnderstandingFuzzTestInputs/understand/}
 * under {@code mvn verify}; fuzzes with {@code JAZZER_FUZZ=1}.
 */
class QueryUnderstandingFuzzTest {

    private static Path dir;
    private static PublicationIndex index;
    private static QueryUnderstanding understanding;

    @BeforeAll
    static void open() throws IOException {
        dir = Files.createTempDirectory("refdesk-fuzz");
        index = PublicationIndex.open(dir.resolve("index"), "fuzz-model");
        add("tip-2020", "Trafficking in Persons Report 20th Edition", "Worldwide", 2020);
        add("nepal-quake", "Human Trafficking and Exploitation Lessons from Europe", "Nepal", 2017);
        index.commit();
        Vocabulary vocabulary = Vocabulary.of(Map.of(
                "country", Map.of("Nepal", 3, "Thailand", 2, "United States", 1),
                "region", Map.of("Asia", 4, "Worldwide", 2),
                "category", Map.of("Referral Mechanisms", 2),
                "author", Map.of("Katie Klaffenböck", 1),
                "year", Map.of("2017", 1, "2020", 1)));
        understanding = new QueryUnderstanding(index, () -> vocabulary);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void add(String id, String title, String country, int year) {
        Publication p = new Publication(id, title, "About trafficking. Victims and referral.", List.of(country),
                List.of("Worldwide"), List.of(), List.of(), year, "Referral Mechanisms", null);
        index.upsert(new IndexedPublication(p, id, new float[] {1, 0, 0, 0}, List.of("About trafficking.",
                "Victims and referral."), List.of(new float[] {1, 0, 0, 0}, new float[] {0, 1, 0, 0})));
    }

    @FuzzTest(maxDuration = "60s")
    void understand(byte[] data) {
        String[] parts = new String(data, StandardCharsets.UTF_8).split("\n", 22);
        String text = parts[0].length() > 2000 ? parts[0].substring(0, 2000) : parts[0];
        List<Turn> history = new ArrayList<>();
        for (int i = 1; i < parts.length && history.size() < 20; i++) {
            String content = parts[i].length() > 20_000 ? parts[i].substring(0, 20_000) : parts[i];
            history.add(new Turn(i % 2 == 1 ? "user" : "assistant", content));
        }
        Understanding u = understanding.understand(new Question(text, history, Filters.NONE), 2024);
        assertThat(u).isNotNull();
    }
}
