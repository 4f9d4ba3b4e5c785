package org.refdesk.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refdesk.index.IndexedPublication;
import org.refdesk.library.Publication;

class SyntheticLibraryTest {

    private static final List<Publication> SEEDS = List.of(
            new Publication("a", "Labour trafficking in fishing", "Migrant fishers face forced labour at sea. "
                    + "Recruiters charge high fees.", List.of("Thailand"), List.of("Asia"), List.of("Mary Burke"),
                    List.of(), 2019, "Research", null),
            new Publication("b", "Referral mechanisms", "Victims need referral to shelters and legal aid.",
                    List.of("Nepal"), List.of("Asia"), List.of("Irina Todorova"), List.of(), 2017, "Guide", null));

    @Test
    void should_make_the_same_record_for_the_same_number() {
        // given
        SyntheticLibrary library = new SyntheticLibrary(SEEDS, 8);

        // when
        IndexedPublication first = library.record(42);
        IndexedPublication again = library.record(42);

        // then
        assertThat(again.publication()).isEqualTo(first.publication());
        assertThat(again.vector()).containsExactly(first.vector());
        assertThat(library.record(43).publication().title()).isNotEqualTo(first.publication().title());
    }

    @Test
    void should_give_unit_vectors_and_one_vector_per_sentence_from_seed_words() {
        // given
        SyntheticLibrary library = new SyntheticLibrary(SEEDS, 16);

        // when
        IndexedPublication record = library.record(7);

        // then
        double norm = 0;
        for (float f : record.vector()) {
            norm += f * f;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(record.sentenceVectors()).hasSameSizeAs(record.sentences()).allSatisfy(v -> assertThat(v).hasSize(16));
        assertThat(record.publication().countries()).isSubsetOf("Thailand", "Nepal");
        assertThat(record.publication().abstractText()).isEqualTo(String.join(" ", record.sentences()));
    }
}
