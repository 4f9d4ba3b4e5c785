package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.index.ScoredId;

class RankFusionTest {

    /** How far BM25 is trusted when its best report holds most, not all, of the question's distinctive content. */
    private static final double PARTIAL = 0.8;
    /** Ten reports the companion ranks in this order, its cosines in a narrow band. */
    private static final List<String> COMPANION_ORDER = List.of("a", "b", "c", "d", "e", "f", "g", "x", "h", "i");

    /** The primary puts b far ahead of a, the companion puts a barely ahead of b: one rank each way. */
    private static final List<ScoredId> PRIMARY = list(Map.entry("b", 0.95f), Map.entry("a", 0.60f),
            Map.entry("c", 0.59f), Map.entry("d", 0.58f));
    private static final List<ScoredId> COMPANION = list(Map.entry("a", 0.820f), Map.entry("b", 0.819f),
            Map.entry("c", 0.81f), Map.entry("d", 0.80f));

    @Test
    void should_lead_with_the_report_one_model_puts_far_ahead_when_rank_fusion_ties_it_with_another() {
        // when
        List<String> order = ids(RankFusion.ordered(List.of(), PRIMARY, COMPANION, PARTIAL, false, true));
        // then
        assertThat(order).startsWith("b", "a");
    }

    /**
     * Rank fusion's order stands (a before b on the tie) when BM25's best report holds every distinctive word, for a
     * follow-up searched with the cited report's text, and for a list.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "BM25's best report holds every distinctive word | 1.0 | false | true",
        "a follow-up searched with the cited report's text | 0.8 | false | false",
        "a list question | 0.8 | true | true",
    })
    void should_keep_the_rank_fusion_order(String when, double lexicalWeight, boolean list, boolean ownWords) {
        assertThat(ids(RankFusion.ordered(List.of(), PRIMARY, COMPANION, lexicalWeight, list, ownWords)))
                .startsWith("a", "b");
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
