package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refdesk.index.ScoredId;

class MeaningVoteTest {

    @Test
    void should_put_first_the_report_one_model_puts_far_ahead_when_the_other_barely_prefers_another() {
        // given the primary model all but ties two reports, the companion puts the second far ahead
        List<ScoredId> primary = List.of(score("a", 0.80f), score("b", 0.79f), score("c", 0.60f), score("d", 0.58f));
        List<ScoredId> companion = List.of(score("b", 0.90f), score("a", 0.81f), score("c", 0.80f),
                score("d", 0.80f));
        // when
        List<ScoredId> combined = MeaningVote.combined(primary, companion);
        // then
        assertThat(combined).extracting(ScoredId::id).startsWith("b", "a");
    }

    @Test
    void should_weigh_two_models_alike_whatever_the_band_their_cosines_sit_in() {
        // given the companion's cosines in a narrow high band, the same order as the primary's wide band
        List<ScoredId> primary = List.of(score("a", 0.30f), score("b", 0.60f), score("c", 0.90f));
        List<ScoredId> companion = List.of(score("a", 0.84f), score("b", 0.83f), score("c", 0.82f));
        // when
        List<ScoredId> combined = MeaningVote.combined(primary, companion);
        // then: c (0.90) by the primary, a by the companion; standardised, their two opposite orders cancel
        assertThat(combined.get(0).score()).isCloseTo(combined.get(2).score(), within(1e-5f));
    }

    @Test
    void should_count_a_report_one_model_did_not_reach_as_that_models_lowest() {
        // given a report only the companion reached, and one both rank in the middle
        List<ScoredId> primary = List.of(score("a", 0.9f), score("b", 0.5f), score("c", 0.1f));
        List<ScoredId> companion = List.of(score("x", 0.9f), score("b", 0.5f), score("a", 0.1f));
        // when
        List<ScoredId> combined = MeaningVote.combined(primary, companion);
        // then: x is first for the companion and last for the primary, like a
        assertThat(combined).extracting(ScoredId::id).containsExactlyInAnyOrder("a", "b", "c", "x");
        assertThat(combined.stream().filter(s -> s.id().equals("x")).findFirst().orElseThrow().score())
                .isEqualTo(combined.stream().filter(s -> s.id().equals("a")).findFirst().orElseThrow().score());
    }

    @Test
    void should_be_the_primary_list_without_a_companion() {
        List<ScoredId> primary = List.of(score("a", 0.9f), score("b", 0.5f));
        assertThat(MeaningVote.combined(primary, List.of())).isEqualTo(primary);
    }

    private static ScoredId score(String id, float score) {
        return new ScoredId(id, score);
    }
}
