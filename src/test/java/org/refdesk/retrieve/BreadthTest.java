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
    /** Off-topic gaps of about the sizes measured on the dev library: the companion's scale is narrower. */
    private static final Calibration LEVELS = new Calibration(0.59f, 0.50f, 0.07f, 0.03f, 0.84f, 0.46f);
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

    @Test
    void should_set_apart_a_pair_both_meaning_models_put_far_ahead_of_the_rest() {
        // given two reports far ahead of the third by each model's own gap
        List<Candidate> found = List.of(judged("a", 0.72f, 0.85f), judged("b", 0.71f, 0.84f), judged("c", 0.59f, 0.79f),
                judged("d", 0.47f, 0.73f));
        // when / then
        assertThat(Breadth.fewStandOut(found, LEVELS)).isTrue();
    }

    @Test
    void should_not_set_apart_a_pair_only_one_model_puts_ahead() {
        // given the primary model's pair ahead, the companion's neighbours all about as near
        List<Candidate> found = List.of(judged("a", 0.74f, 0.83f), judged("b", 0.72f, 0.83f), judged("c", 0.63f, 0.81f),
                judged("d", 0.61f, 0.79f));
        // when / then
        assertThat(Breadth.fewStandOut(found, LEVELS)).isFalse();
    }

    @Test
    void should_not_set_apart_reports_that_stand_ahead_at_different_places_in_each_model() {
        // given the primary model's first alone ahead, the companion's first three
        List<Candidate> found = List.of(judged("a", 0.80f, 0.86f), judged("b", 0.70f, 0.855f),
                judged("c", 0.69f, 0.85f), judged("d", 0.68f, 0.80f));
        // when / then
        assertThat(Breadth.fewStandOut(found, LEVELS)).isFalse();
    }

    @Test
    void should_not_set_apart_anything_without_a_companion_model() {
        // given
        List<Candidate> found = List.of(candidate("a", 1f, 0.80f, List.of()), candidate("b", 1f, 0.60f, List.of()));
        // when / then
        assertThat(Breadth.fewStandOut(found, LEVELS)).isFalse();
    }

    private static Candidate judged(String id, float cosine, float companionCosine) {
        Publication p = new Publication(id, "Report " + id, "An abstract.", List.of(), List.of(), List.of(), List.of(),
                2020, "Research", null);
        return new Candidate(p, 0.01, 1, 1, 1f, cosine, companionCosine, List.of());
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
