package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.Publication;

class SentenceVectorsTest {

    @TempDir
    Path dir;

    @Test
    void should_give_the_same_cosine_bit_for_bit_with_norms_worked_out_once() {
        // given sentence vectors and questions of the model's size
        SplittableRandom random = new SplittableRandom(7);
        List<float[]> vectors = List.of(vector(random), vector(random), vector(random), new float[384]);
        SentenceVectors sv = new SentenceVectors(List.of("a", "b", "c", "d"), vectors);
        for (int q = 0; q < 50; q++) {
            float[] query = vector(random);
            double norm = SentenceVectors.squaredNorm(query);
            for (int i = 0; i < vectors.size(); i++) {
                // then the shortcut and the plain formula agree exactly
                assertThat(sv.cosine(query, norm, i)).isEqualTo(SentenceVectors.cosine(query, vectors.get(i)));
            }
        }
    }

    @Test
    void should_see_a_record_changed_after_its_sentences_were_read() {
        try (PublicationIndex index = PublicationIndex.open(dir, "model-a")) {
            // given a record whose sentences (and their terms) have been read once
            index.upsert(entry("one", "Fishing boats in Thailand."));
            index.commit();
            assertThat(index.sentences("one").orElseThrow().terms(index.analyzer()::terms).get(0))
                    .contains("thailand");

            // when it is re-ingested with another abstract
            index.upsert(entry("one", "Brick kilns in Nepal."));
            index.commit();

            // then the new sentences and terms are read, not the remembered ones
            SentenceVectors now = index.sentences("one").orElseThrow();
            assertThat(now.sentences()).containsExactly("Brick kilns in Nepal.");
            assertThat(now.terms(index.analyzer()::terms)).containsExactly(Set.copyOf(
                    index.analyzer().terms("Brick kilns in Nepal.")));
        }
    }

    @Test
    void should_read_the_terms_written_at_indexing_as_analysing_the_sentences_gives() {
        try (PublicationIndex index = PublicationIndex.open(dir, "model-a")) {
            // given a record whose sentences repeat words, hold none worth indexing, or use hyphens and accents
            List<String> sentences = List.of("Re-trafficking of re-trafficked women in Nepal's Terai.", "Of the.",
                    "Klaffenböck counted 1,200 cases (2015).");
            index.upsert(new IndexedPublication(new Publication("one", "Title", String.join(" ", sentences),
                    List.of(), List.of(), List.of(), List.of(), 2020, "Research", null), "h", new float[] {1f, 0f},
                    sentences, List.of(new float[] {1f, 0f}, new float[] {0f, 1f}, new float[] {1f, 1f})));
            index.commit();

            // when its sentences are read, their terms without analysing
            List<Set<String>> read = index.sentences("one").orElseThrow().terms(s -> {
                throw new AssertionError("analysed again: " + s);
            });

            // then they are what analysing each sentence gives
            assertThat(read).containsExactly(sentences.stream()
                    .map(s -> Set.copyOf(index.analyzer().terms(s))).toArray(Set[]::new));
            assertThat(read.get(1)).isEmpty();
        }
    }

    private static float[] vector(SplittableRandom random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return v;
    }

    private static IndexedPublication entry(String id, String text) {
        Publication p = new Publication(id, "Title " + id, text, List.of("Nepal"), List.of("Asia"), List.of(),
                List.of(), 2020, "Research", null);
        return new IndexedPublication(p, "hash-" + text.hashCode(), new float[] {0.6f, 0.8f, 0f}, List.of(text),
                List.of(new float[] {1f, 0f, 0f}));
    }
}
