package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.refdesk.index.ScoredId;

class RankFusionTest {

    /** How far BM25 is trusted when its best report holds most, not all, of the question's distinctive content. */
    private static final double PARTIAL = 0.8;
    /** Ten reports the companion ranks in this order, its cosines in a narrow band. */
    private static final List<String> COMPANION_ORDER = List.of("a", "b", "c", "d", "e", "f", "g", "x", "h", "i");

    @Test
    void should_lead_with_the_report_one_model_puts_far_ahead_when_rank_fusion_ties_it_with_another() {
        // given the primary puts b far ahead of a, the companion puts a barely ahead of b: one rank each way
        List<ScoredId> primary = list(Map.entry("b", 0.95f), Map.entry("a", 0.60f), Map.entry("c", 0.59f),
                Map.entry("d", 0.58f));
        List<ScoredId> companion = list(Map.entry("a", 0.820f), Map.entry("b", 0.819f), Map.entry("c", 0.81f),
                Map.entry("d", 0.80f));
        // when
        List<String> order = ids(RankFusion.ordered(List.of(), primary, companion, PARTIAL, false, true));
        // then
        assertThat(order).startsWith("b", "a");
    }

    @Test
    void should_keep_the_rank_fusion_order_when_bm25s_best_report_holds_every_distinctive_word() {
        List<ScoredId> primary = list(Map.entry("b", 0.95f), Map.entry("a", 0.60f), Map.entry("c", 0.59f));
        List<ScoredId> companion = list(Map.entry("a", 0.820f), Map.entry("b", 0.819f), Map.entry("c", 0.81f));
        assertThat(ids(RankFusion.ordered(List.of(), primary, companion, 1, false, true))).startsWith("a", "b");
    }

    @Test
    void should_keep_the_rank_fusion_order_for_a_follow_up_searched_with_the_cited_reports_text() {
        List<ScoredId> primary = list(Map.entry("b", 0.95f), Map.entry("a", 0.60f), Map.entry("c", 0.59f));
        List<ScoredId> companion = list(Map.entry("a", 0.820f), Map.entry("b", 0.819f), Map.entry("c", 0.81f));
        assertThat(ids(RankFusion.ordered(List.of(), primary, companion, PARTIAL, false, false))).startsWith("a", "b");
    }

    @Test
    void should_not_lift_a_report_rank_fusion_put_below_the_first_three() {
        // given x far ahead for the primary but eighth of ten for the companion
        List<ScoredId> primary = new ArrayList<>(List.of(new ScoredId("x", 0.95f)));
        List<String> rest = COMPANION_ORDER.stream().filter(id -> !id.equals("x")).toList();
        for (int i = 0; i < rest.size(); i++) {
            primary.add(new ScoredId(rest.get(i), 0.60f - i * 0.01f));
        }
        List<ScoredId> companion = new ArrayList<>();
        for (int i = 0; i < COMPANION_ORDER.size(); i++) {
            companion.add(new ScoredId(COMPANION_ORDER.get(i), 0.85f - i * 0.01f));
        }
        assertThat(MeaningVote.combined(primary, companion).get(0).id()).isEqualTo("x");
        // when
        List<String> order = ids(RankFusion.ordered(List.of(), primary, companion, PARTIAL, false, true));
        // then
        assertThat(order.subList(0, 3)).doesNotContain("x");
    }

    @Test
    void should_keep_the_rank_fusion_order_for_a_list_question() {
        List<ScoredId> primary = list(Map.entry("b", 0.95f), Map.entry("a", 0.60f), Map.entry("c", 0.59f));
        List<ScoredId> companion = list(Map.entry("a", 0.820f), Map.entry("b", 0.819f), Map.entry("c", 0.81f));
        assertThat(ids(RankFusion.ordered(List.of(), primary, companion, PARTIAL, true, true))).startsWith("a", "b");
    }

    @Test
    void should_carry_each_reports_bm25_rank_and_the_primary_models_rank() {
        List<ScoredId> lexical = List.of(new ScoredId("c", 9f), new ScoredId("a", 5f));
        List<ScoredId> primary = list(Map.entry("a", 0.9f), Map.entry("c", 0.5f));
        Map<String, double[]> byId = new HashMap<>();
        RankFusion.ordered(lexical, primary, List.of(), 1, false, true)
                .forEach(e -> byId.put(e.getKey(), e.getValue()));
        assertThat(byId.get("c")[1]).isEqualTo(1);
        assertThat(byId.get("c")[2]).isEqualTo(2);
        assertThat(byId.get("c")[3]).isEqualTo(9);
        assertThat(byId.get("a")[4]).isCloseTo(0.8, within(1e-6));
    }

    @SafeVarargs
    private static List<ScoredId> list(Map.Entry<String, Float>... scores) {
        return Arrays.stream(scores).map(e -> new ScoredId(e.getKey(), e.getValue())).toList();
    }

    private static List<String> ids(List<Map.Entry<String, double[]>> fused) {
        return fused.stream().map(Map.Entry::getKey).toList();
    }
}
