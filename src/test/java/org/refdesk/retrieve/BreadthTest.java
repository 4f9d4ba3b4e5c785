package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.refdesk.library.Publication;

class BreadthTest {

    /** Rarity weights of a question's distinctive words: one rare, one common in the library. */
    private static final Map<String, Double> WEIGHTS = Map.of("uyghur", 4.0, "forced", 1.3);
    private static final ToDoubleFunction<Candidate> HELD =
            c -> c.matchedTerms().stream().mapToDouble(WEIGHTS::get).sum();
    private static final float CEILING = 0.70f;
    private static final float TOP = 0.80f;
    private static final Candidate BEST = candidate("best", 10f, TOP, List.of("forced", "uyghur"));

    @Test
    void should_list_a_report_holding_the_rare_word_however_low_its_bm25_score() {
        // given one far down holding only the rare word, not close in meaning
        Candidate rareWord = candidate("rare-word", 1f, Float.NaN, List.of("uyghur"));
        // when / then
        assertThat(ids(Breadth.relevant(List.of(BEST, rareWord), TOP, CEILING, true, false, HELD)))
                .containsExactly("best", "rare-word");
    }

    @Test
    void should_not_list_a_report_sharing_only_the_common_word_on_its_bm25_score() {
        // given a third of the best BM25 score, all of it from the common word, and not close in meaning
        Candidate commonWord = candidate("common-word", 3.3f, CEILING, List.of("forced"));
        // when / then
        assertThat(ids(Breadth.relevant(List.of(BEST, commonWord), TOP, CEILING, true, false, HELD)))
                .containsExactly("best");
    }

    @Test
    void should_cite_a_report_close_to_the_best_bm25_score_in_an_answer_that_is_not_a_list() {
        // given
        Candidate second = candidate("second", 6f, CEILING, List.of("forced"));
        // when / then
        assertThat(ids(Breadth.relevant(List.of(BEST, second), TOP, CEILING, false, true, HELD)))
                .containsExactly("best", "second");
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.publication().id()).toList();
    }

    private static Candidate candidate(String id, float bm25, float cosine, List<String> matched) {
        Publication p = new Publication(id, "Report " + id, "An abstract.", List.of(), List.of(), List.of(), List.of(),
                2020, "Research", null);
        return new Candidate(p, 0.01, 1, 1, bm25, cosine, matched);
    }
}
