package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbedderTest {

    /** Stands in for the ONNX model (an outer boundary): a text's vector is its length. */
    private static final EmbeddingModel LENGTH_MODEL = new EmbeddingModel() {
        @Override
        public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
            return Response.from(segments.stream().map(s -> Embedding.from(new float[] {s.text().length()})).toList());
        }
    };

    @Test
    void should_return_passage_vectors_in_the_order_of_the_texts_whatever_order_they_are_embedded_in() {
        // given texts of mixed lengths, more than one batch of them
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            texts.add("x".repeat(1 + (i * 37) % 101));
        }
        Embedder embedder = new Embedder(EmbeddingModels.choice("all-minilm-l6-v2-q"), LENGTH_MODEL);

        // when
        List<float[]> vectors = embedder.embedPassages(texts);

        // then
        assertThat(vectors).hasSize(600);
        for (int i = 0; i < texts.size(); i++) {
            assertThat(vectors.get(i)[0]).isEqualTo(texts.get(i).length());
        }
        assertThat(embedder.passagesEmbedded()).isEqualTo(600);
    }

    @Test
    void should_name_a_primary_model_and_its_companion_in_one_setting() {
        // when a setting names one model, or two joined by "+"
        List<EmbeddingModels.Choice> one = EmbeddingModels.choices("bge-small-en-v15-q");
        List<EmbeddingModels.Choice> two = EmbeddingModels.choices("bge-small-en-v15-q+e5-small-v2-q");

        // then the first is the primary model, the second its companion, each with its own conventions
        assertThat(one).extracting(EmbeddingModels.Choice::id).containsExactly("bge-small-en-v15-q");
        assertThat(two).extracting(EmbeddingModels.Choice::id).containsExactly("bge-small-en-v15-q", "e5-small-v2-q");
        assertThat(two.get(1).queryPrefix()).isEqualTo("query: ");
        Embedder pair = new Embedder(two.get(0), LENGTH_MODEL).withCompanion(new Embedder(two.get(1), LENGTH_MODEL));
        assertThat(pair.modelId()).isEqualTo("bge-small-en-v15-q+e5-small-v2-q");
        assertThat(pair.ownModelId()).isEqualTo("bge-small-en-v15-q");
        assertThat(pair.companion()).map(Embedder::modelId).contains("e5-small-v2-q");
    }

    @Test
    void should_refuse_a_setting_that_names_the_same_model_twice_an_unknown_one_or_three() {
        for (String bad : List.of("bge-small-en-v15-q+bge-small-en-v15-q", "bge-small-en-v15-q+gpt",
                "bge-small-en-v15-q+e5-small-v2-q+all-minilm-l6-v2-q")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddingModels.choices(bad))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("model");
        }
    }
}
