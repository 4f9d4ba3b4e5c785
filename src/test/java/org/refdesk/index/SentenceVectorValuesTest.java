package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.Publication;

class SentenceVectorValuesTest {

    @TempDir
    Path dir;

    @Test
    void should_give_each_record_the_cosine_of_its_closest_sentence_exactly_as_the_decoded_sentences_do() {
        SplittableRandom random = new SplittableRandom(11);
        try (PublicationIndex index = PublicationIndex.open(dir, "model-a")) {
            // given records of one to five sentences, and one without sentence vectors
            for (int r = 0; r < 12; r++) {
                int n = 1 + r % 5;
                List<String> sentences = IntStream.range(0, n).mapToObj(i -> "Sentence " + i + ".")
                        .toList();
                List<float[]> vectors = sentences.stream().map(s -> vector(random)).toList();
                index.upsert(entry("r" + r, sentences, vectors));
            }
            index.upsert(entry("none", List.of("No vectors."), List.of()));
            index.commit();
            List<String> ids = IntStream.range(0, 12).mapToObj(r -> "r" + r).toList();
            for (int q = 0; q < 20; q++) {
                float[] query = vector(random);
                double norm = SentenceVectors.squaredNorm(query);

                // when the closest sentences are read from the doc values
                Map<String, Double> closest = index.search().closestSentences(
                        Stream.concat(ids.stream(), Stream.of("none", "absent"))
                                .toList(), query);

                // then each is the best of the decoded sentences' cosines, bit for bit; none for no vectors
                for (String id : ids) {
                    SentenceVectors sv = index.sentences(id).orElseThrow();
                    double best = IntStream.range(0, sv.vectors().size())
                            .mapToDouble(i -> sv.cosine(query, norm, i)).max().orElseThrow();
                    assertThat(closest.get(id)).isEqualTo(best);
                }
                assertThat(closest).doesNotContainKeys("none", "absent");
            }
        }
    }

    @Test
    void should_read_the_stored_vectors_of_a_record_indexed_before_the_doc_values() throws Exception {
        // given a record written the old way: its sentence vectors in the stored record only
        SplittableRandom random = new SplittableRandom(5);
        List<float[]> vectors = List.of(vector(random), vector(random));
        try (Directory d = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(d, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField(IndexFields.ID, "old", Field.Store.YES));
            doc.add(new StoredField(IndexFields.SENTENCES, "One.\u0001Two."));
            ByteBuffer packed = ByteBuffer.allocate(2 * 384 * Float.BYTES);
            vectors.forEach(v -> {
                for (float f : v) {
                    packed.putFloat(f);
                }
            });
            doc.add(new StoredField(IndexFields.SENTENCE_VECTORS, new BytesRef(packed.array())));
            writer.addDocument(doc);
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(d)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                float[] query = vector(random);
                double norm = SentenceVectors.squaredNorm(query);

                // when its closest sentence and its vectors are read
                Map<String, Double> closest = SentenceVectorValues.closest(searcher, List.of("old"), query,
                        VectorSpace.PRIMARY);
                List<float[]> read = SentenceVectorValues.of(reader.leaves().get(0), 0, searcher.storedFields());

                // then they come from the stored record
                assertThat(read).hasSize(2);
                assertThat(read.get(1)).containsExactly(vectors.get(1));
                assertThat(closest.get("old")).isEqualTo(Math.max(
                        SentenceVectors.cosine(query, norm, vectors.get(0), SentenceVectors.squaredNorm(vectors.get(0))),
                        SentenceVectors.cosine(query, norm, vectors.get(1), SentenceVectors.squaredNorm(vectors.get(1)))));
            }
        }
    }

    @Test
    void should_search_the_companion_models_vectors_apart_from_the_primary_ones() {
        try (PublicationIndex index = PublicationIndex.open(dir, "model-a+model-b")) {
            // given two records the two models see the other way round, and one embedded by the primary model only
            float[] east = {1, 0, 0};
            float[] north = {0, 1, 0};
            index.upsert(withCompanion("near-first", east, north, List.of(north)));
            index.upsert(withCompanion("near-second", north, east, List.of(new float[] {0, 0, 1}, east)));
            index.upsert(new IndexedPublication(publication("primary-only", List.of("One.")), "hash", east,
                    List.of("One."), List.of(east)));
            index.commit();
            IndexSearch search = index.search();

            // when each model's nearest records and closest sentences are read for the same question vector
            List<String> primary = search.dense(VectorSpace.PRIMARY, east, SearchFilter.NONE, 3).stream()
                    .map(ScoredId::id).toList();
            List<String> companion = search.dense(VectorSpace.COMPANION, east, SearchFilter.NONE, 3).stream()
                    .map(ScoredId::id).toList();
            Map<String, Double> sentences = search.closestSentences(VectorSpace.COMPANION,
                    List.of("near-first", "near-second", "primary-only"), east);

            // then each model ranks by its own vectors, and a record the companion never embedded is not in its lists
            assertThat(primary.get(0)).isIn("near-first", "primary-only");
            assertThat(primary).hasSize(3);
            assertThat(companion).containsExactly("near-second", "near-first");
            assertThat(sentences).containsOnlyKeys("near-first", "near-second");
            assertThat(sentences.get("near-second")).isEqualTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
            assertThat(sentences.get("near-first")).isEqualTo(0.0, org.assertj.core.api.Assertions.within(1e-6));
        }
    }

    @Test
    void should_pack_and_unpack_the_same_floats() {
        SplittableRandom random = new SplittableRandom(3);
        List<float[]> vectors = List.of(vector(random), vector(random), vector(random));

        List<float[]> back = SentenceVectorValues.unpack(new BytesRef(SentenceVectorValues.pack(vectors)));

        assertThat(back).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(back.get(i)).containsExactly(vectors.get(i));
        }
        assertThat(SentenceVectorValues.unpack(new BytesRef(SentenceVectorValues.pack(List.of())))).isEmpty();
    }

    private static float[] vector(SplittableRandom random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return v;
    }

    private static IndexedPublication entry(String id, List<String> sentences, List<float[]> vectors) {
        float[] record = new float[384];
        record[0] = 1;
        return new IndexedPublication(publication(id, sentences), "hash-" + id, record, sentences, vectors);
    }

    private static IndexedPublication withCompanion(String id, float[] primary, float[] companion,
                                                    List<float[]> companionSentences) {
        List<String> sentences = IntStream.range(0, companionSentences.size()).mapToObj(i -> "Sentence " + i + ".")
                .toList();
        return new IndexedPublication(publication(id, sentences), "hash-" + id, primary, sentences,
                sentences.stream().map(s -> primary).toList(), companion, companionSentences);
    }

    private static Publication publication(String id, List<String> sentences) {
        return new Publication(id, "Title " + id, String.join(" ", sentences), List.of("Nepal"),
                List.of("Asia"), List.of(), List.of(), 2020, "Research", null);
    }
}
