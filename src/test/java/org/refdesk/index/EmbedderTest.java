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
}
