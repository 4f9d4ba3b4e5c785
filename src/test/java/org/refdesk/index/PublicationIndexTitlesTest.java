package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.Publication;

class PublicationIndexTitlesTest {

    @TempDir
    Path dir;

    @Test
    void should_find_a_report_by_its_whole_title_ignoring_case_and_punctuation() {
        try (PublicationIndex index = indexOf("Ship to Shore Rights: Baseline Research Findings")) {
            // when / then
            assertThat(index.findByTitle("ship to shore rights - baseline research findings"))
                    .map(Publication::id).contains("r0");
            assertThat(index.findByTitle("Ship to Shore Rights")).isEmpty();
        }
    }

    @Test
    void should_find_the_one_report_whose_title_before_the_colon_is_asked() {
        // given a title with a colon and another that only starts with the same words
        try (PublicationIndex index = indexOf("Ship to Shore Rights: Baseline Research Findings",
                "Ship to Shore Rights and Wrongs")) {
            // when / then
            assertThat(index.findByShortTitle("ship to shore rights")).map(Publication::id).contains("r0");
            assertThat(index.findByShortTitle("Ship to Shore")).isEmpty();
        }
    }

    @Test
    void should_find_no_report_by_a_short_title_that_several_titles_share() {
        // given a series whose titles share the part before the colon
        try (PublicationIndex index = indexOf("GRETA Evaluation Report: Serbia", "GRETA Evaluation Report: Italy")) {
            // when / then
            assertThat(index.findByShortTitle("GRETA Evaluation Report")).isEmpty();
            assertThat(index.findByTitle("GRETA Evaluation Report: Italy")).map(Publication::id).contains("r1");
        }
    }

    private PublicationIndex indexOf(String... titles) {
        PublicationIndex index = PublicationIndex.open(dir, "model-a");
        for (int i = 0; i < titles.length; i++) {
            Publication p = new Publication("r" + i, titles[i], "An abstract.", List.of(), List.of(), List.of(),
                    List.of(), 2018, "Research", null);
            index.upsert(new IndexedPublication(p, "hash-" + i, new float[] {0.6f, 0.8f, 0f},
                    List.of(p.abstractText()), List.of(new float[] {1f, 0f, 0f})));
        }
        index.commit();
        return index;
    }
}
