package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refdesk.BundledSeedParts;
import org.refdesk.index.Embedder;
import org.refdesk.index.ScoredId;
import org.refdesk.index.SearchFilter;
import org.refdesk.index.VectorSpace;

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
    void should_keep_the_companion_models_vectors_of_every_record_for_its_half_of_the_meaning_vote() {
        // given the default models, a primary one and its companion, and a question in everyday words
        Embedder companion = SEEDS.parts().embedder().companion().orElseThrow();
        float[] question = companion.embedQuery("Why do victims get trafficked again after they return home?");

        // when the companion's own vectors are searched
        List<ScoredId> near = SEEDS.parts().index().search().dense(VectorSpace.COMPANION, question,
                SearchFilter.NONE, 20);

        // then every record is there, the one the question is about first
        assertThat(near).hasSize(10);
        String first = SEEDS.parts().index().search().publications(List.of(near.get(0).id())).get(near.get(0).id())
                .title();
        assertThat(first).startsWith("The Causes and Consequences of Re-trafficking");
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

        // then the closest reports without the year, marked as relaxed, the two on health care first
        assertThat(r.verdict()).isEqualTo(Verdict.RELAXED);
        assertThat(r.candidates()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.publication().year()).isNotEqualTo(2022));
        assertThat(r.candidates().subList(0, 2)).extracting(c -> c.publication().title().split(":")[0])
                .containsExactlyInAnyOrder("Caring for Trafficked Persons Guidance for Health Providers",
                        "Health and Human Trafficking in the Greater Mekong Subregion");
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
