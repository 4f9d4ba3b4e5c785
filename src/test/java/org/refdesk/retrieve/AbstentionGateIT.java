package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refdesk.BundledSeedParts;

/** {@link AbstentionGate} alone on the bundled seeds, with the calibration measured as at start-up. */
class AbstentionGateIT {

    @RegisterExtension
    static final BundledSeedParts SEEDS = new BundledSeedParts();

    private Retrieval judged(String question) {
        Understanding u = SEEDS.parts().understand(question);
        return SEEDS.parts().gate().judge(u, SEEDS.parts().retriever().candidates(u, HybridRetriever.Mode.HYBRID),
                SEEDS.parts().calibration());
    }

    @Test
    void should_judge_an_everyday_question_off_topic_and_keep_no_candidates() {
        // when
        Retrieval r = judged("how do I bake bread?");

        // then
        assertThat(r.verdict()).isEqualTo(Verdict.OFF_TOPIC);
        assertThat(r.candidates()).isEmpty();
    }

    @Test
    void should_judge_a_subject_no_record_names_not_covered_with_at_most_the_closest_report() {
        // when
        Retrieval r = judged("organ trafficking");

        // then
        assertThat(r.verdict()).isEqualTo(Verdict.NOT_COVERED);
        assertThat(r.candidates()).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void should_answer_when_the_best_report_holds_the_distinctive_words() {
        // when
        Retrieval r = judged("what covers re-trafficking?");

        // then
        assertThat(r.verdict()).isEqualTo(Verdict.ANSWER);
        assertThat(r.candidates().get(0).publication().title()).startsWith("The Causes and Consequences of Re-trafficking");
        assertThat(r.candidates().get(0).matchedTerms()).contains("retraffick");
    }

    @Test
    void should_answer_by_meaning_when_both_models_place_one_report_past_their_ceilings_by_half_the_margin() {
        // given a question in everyday words, and levels set around its closest report: the primary model places it
        // past its ceiling by more than half the margin but less than the whole
        Understanding u = SEEDS.parts().understand("people caught up in it again after they got back home");
        List<Candidate> candidates = SEEDS.parts().retriever().candidates(u, HybridRetriever.Mode.HYBRID);
        Candidate closest = candidates.stream().max(Comparator.comparingDouble(Candidate::cosine)).orElseThrow();
        float ceiling = closest.cosine() - 0.03f;
        float scale = 0.5f;
        Calibration byBoth = new Calibration(ceiling, ceiling - 0.1f, 1f, 1f,
                closest.companionCosine() - 0.02f * scale - 0.001f, scale);
        Calibration byOne = new Calibration(ceiling, ceiling - 0.1f, 1f, 1f,
                closest.companionCosine() - 0.001f, scale);

        // when
        Retrieval both = SEEDS.parts().gate().judge(u, candidates, byBoth);
        Retrieval one = SEEDS.parts().gate().judge(u, candidates, byOne);

        // then: the companion past its own ceiling by half the margin (on its scale) is the second witness
        assertThat(both.verdict()).isEqualTo(Verdict.ANSWER);
        assertThat(both.candidates()).extracting(c -> c.publication().id()).contains(closest.publication().id());
        assertThat(one.verdict()).isNotEqualTo(Verdict.ANSWER);
    }

    @Test
    void should_not_count_the_library_s_own_subject_word_as_distinctive() {
        // when: every seed is about trafficking
        var terms = SEEDS.parts().gate().distinctiveTerms(SEEDS.parts().understand("health consequences of trafficking"));

        // then
        assertThat(terms).containsExactlyInAnyOrder("health", "consequence");
    }
}
