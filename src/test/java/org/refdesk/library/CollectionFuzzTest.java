package org.refdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz tests of the three collection parsers: whatever the bytes, parsing returns (never throws), every
 * record it keeps has a usable id and title, and every problem names a line of the input. Under plain
 * {@code mvn verify} they replay the committed inputs in {@code CollectionFuzzTestInputs/<method>/};
 * with {@code JAZZER_FUZZ=1} they fuzz.
 */
class CollectionFuzzTest {

    private static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";
    private final CollectionReader reader = new CollectionReader();

    @FuzzTest(maxDuration = "60s")
    void listingPage(byte[] data) {
        check(CollectionReader.Format.LISTING, data);
    }

    @FuzzTest(maxDuration = "60s")
    void csv(byte[] data) {
        check(CollectionReader.Format.CSV, data);
    }

    @FuzzTest(maxDuration = "60s")
    void jsonLines(byte[] data) {
        check(CollectionReader.Format.JSONL, data);
    }

    @FuzzTest(maxDuration = "60s")
    void sniffed(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        check(CollectionReader.sniff(text), data);
    }

    private void check(CollectionReader.Format format, byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        ParseResult result = reader.parse("fuzz", text, format);
        long lines = text.split("\r\n|\r|\n", -1).length;
        for (Publication p : result.publications()) {
            assertThat(p.id()).matches(ID);
            assertThat(p.title()).isNotBlank();
        }
        for (ParseProblem problem : result.problems()) {
            assertThat(problem.line()).isBetween(1, (int) Math.max(1, lines + 1));
            assertThat(problem.message()).isNotBlank();
        }
        assertThat(reader.parse("fuzz", text, format)).as("deterministic").isEqualTo(result);
    }
}
