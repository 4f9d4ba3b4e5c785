package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.Publication;

class IndexSearchWrittenWordsTest {

    @TempDir
    Path dir;

    @Test
    void should_find_the_word_as_a_record_writes_it_near_a_misspelling() {
        // given a record whose word the stemmer shortens ("referral" is indexed as "refer")
        Publication p = new Publication("r1", "Referral mechanisms", "Guidelines on transnational referral of "
                + "trafficked persons.", List.of(), List.of(), List.of(), List.of(), 2009, "Referral", null);
        try (PublicationIndex index = PublicationIndex.open(dir, "test-model")) {
            index.upsert(new IndexedPublication(p, "h", new float[] {1f, 0f}, List.of(), List.of()));
            index.commit();
            // when / then: two letters off, as written; one letter off wins over two
            assertThat(index.search().nearestWrittenWord("refferal", 2)).contains("referral");
            assertThat(index.search().nearestWrittenWord("guidlines", 1)).contains("guidelines");
            assertThat(index.search().nearestWrittenWord("cooking", 2)).isEmpty();
            // words shorter than seven letters are not kept
            assertThat(index.search().nearestWrittenWord("refer", 1)).isEmpty();
        }
    }

    @Test
    void should_keep_each_long_word_once_in_lower_case() {
        assertThat(DocumentMapper.spellingWords("Referral REFERRAL mechanisms for persons"))
                .containsExactly("mechanisms", "persons", "referral");
    }
}
