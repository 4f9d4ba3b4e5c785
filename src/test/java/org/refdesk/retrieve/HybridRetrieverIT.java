package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refdesk.BundledSeedParts;

/** {@link HybridRetriever} alone on the bundled seeds: BM25 and kNN fused by rank, then judged. */
class HybridRetrieverIT {

    @RegisterExtension
    static final BundledSeedParts SEEDS = new BundledSeedParts();

    /** Questions of {@code seeds-dev.jsonl}: in the records' words, in everyday words, by place. */
    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("what covers re-trafficking?", "The Causes and Consequences of Re-trafficking"),
                Arguments.of("Why do victims get trafficked again after they return home?",
                        "The Causes and Consequences of Re-trafficking"),
                Arguments.of("health consequences of trafficking", "Health and Human Trafficking in the Greater Mekong"),
                Arguments.of("How should a nurse or doctor treat someone who was trafficked?",
                        "Caring for Trafficked Persons"),
                Arguments.of("trafficking in Cambodia", "Health and Human Trafficking in the Greater Mekong"),
                Arguments.of("reports on the Gulf states", "The Other Migrant Crisis"));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void should_rank_the_report_the_question_is_about_first(String question, String expectedTitle) {
        // given
        Understanding u = SEEDS.parts().understand(question);

        // when
        Retrieval r = SEEDS.parts().retriever().retrieve(u);

        // then
        assertThat(r.verdict()).isEqualTo(Verdict.ANSWER);
        assertThat(r.candidates().get(0).publication().title()).startsWith(expectedTitle);
    }

    @Test
    void should_embed_the_question_once_and_pass_the_vector_along() {
        // given
        Understanding u = SEEDS.parts().understand("Why do victims get trafficked again after they return home?");

        // when
        Retrieval r = SEEDS.parts().retriever().retrieve(u);

        // then the composer finds the vector the ranking used, not a second embedding
        assertThat(r.queryVector()).containsExactly(SEEDS.parts().embedder().embedQuery(u.meaningText()));
    }

    @Test
    void should_search_again_without_a_year_nothing_matches_and_say_so() {
        // given a year no report of the seeds has
        Understanding u = SEEDS.parts().understand("reports on health care from 2022");

        // when
        Retrieval r = SEEDS.parts().retriever().retrieve(u);

        // then the closest reports without the year, marked as relaxed
        assertThat(r.verdict()).isEqualTo(Verdict.RELAXED);
        assertThat(r.candidates()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.publication().year()).isNotEqualTo(2022));
        assertThat(r.candidates().get(0).publication().title()).startsWith("Caring for Trafficked Persons");
    }

    @Test
    void should_let_each_list_be_measured_alone() {
        // given
        Understanding u = SEEDS.parts().understand("what covers re-trafficking?");

        // when
        var lexical = SEEDS.parts().retriever().candidates(u, HybridRetriever.Mode.LEXICAL);
        var dense = SEEDS.parts().retriever().candidates(u, HybridRetriever.Mode.DENSE);

        // then both lists alone still find the report whose title names the topic
        assertThat(lexical.get(0).publication().title()).startsWith("The Causes and Consequences of Re-trafficking");
        assertThat(dense.get(0).publication().title()).startsWith("The Causes and Consequences of Re-trafficking");
    }
}
