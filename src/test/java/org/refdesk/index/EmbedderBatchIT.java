package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Micro-batched query embeddings with the real ONNX models (CLS and mean pooling): questions asked at
 * the same moment each get their own vector, as close to the one-at-a-time vector as the quantized model
 * allows, and a question asked alone gets exactly that vector.
 */
class EmbedderBatchIT {

    @ParameterizedTest
    @ValueSource(strings = {"bge-small-en-v15-q", "all-minilm-l6-v2-q"})
    void should_give_each_of_32_simultaneous_questions_its_own_vector(String model) throws Exception {
        // given 32 different questions and their vectors embedded one at a time
        Embedder embedder = EmbeddingModels.load(model);
        List<String> questions = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            questions.add(List.of("reports on", "what covers", "anything about", "who wrote on").get(i % 4) + " "
                    + List.of("forced labour", "child marriage", "border police training", "shelters for survivors",
                    "fishing vessels", "Nepal after the earthquake", "online recruitment", "domestic workers").get(i / 4));
        }
        List<float[]> alone = questions.stream().map(embedder::embedQueryUncached).toList();

        // when they are all asked at once
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<float[]>> batched = new ArrayList<>();
        for (String q : questions) {
            CompletableFuture<float[]> vector = new CompletableFuture<>();
            batched.add(vector);
            new Thread(() -> {
                try {
                    go.await();
                    vector.complete(embedder.embedQuery(q));
                } catch (Exception e) {
                    vector.completeExceptionally(e);
                }
            }).start();
        }
        go.countDown();

        // then each vector is its own question's, within what the quantized model's per-run scaling allows
        for (int i = 0; i < questions.size(); i++) {
            float[] got = batched.get(i).get();
            assertThat(cosine(got, alone.get(i))).as(questions.get(i)).isGreaterThan(0.98);
            for (int j = 0; j < questions.size(); j++) {
                if (j != i) {
                    assertThat(cosine(got, alone.get(j))).as(questions.get(i) + " vs " + questions.get(j))
                            .isLessThan(cosine(got, alone.get(i)));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bge-small-en-v15-q", "all-minilm-l6-v2-q"})
    void should_give_a_question_asked_alone_exactly_its_own_vector(String model) {
        // given the model, and no other question in flight
        Embedder embedder = EmbeddingModels.load(model);

        // when
        float[] vector = embedder.embedQuery("anything on trafficking for forced labour in 2019?");

        // then
        assertThat(vector).containsExactly(embedder.embedQueryUncached("anything on trafficking for forced labour in 2019?"));
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }
}
