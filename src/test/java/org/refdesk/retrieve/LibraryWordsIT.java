package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.BundledSeedParts;

/** Which question words the bundled seeds lack, as understanding hands them to the abstention gate. */
class LibraryWordsIT {

    @RegisterExtension
    static final BundledSeedParts SEEDS = new BundledSeedParts();

    /**
     * A two-letter word no record has names something the library lacks, like a longer one; the tail of a
     * contraction, an everyday two-letter word and a staff word with a synonym the records use do not.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "exploitation of au pairs in host families | au",
        "the anti-trafficking law RA 9208 | ra",
        "ok thanks, and re-trafficking in Armenia? | ''",
        "why are people trafficked again after they’ve been helped? | ''",
        "what should a GP do when a patient was trafficked? | ''",
    })
    void should_name_the_two_letter_words_no_record_uses(String question, String unknown) {
        // when
        List<String> unknownTerms = SEEDS.parts().understand(question).unknownTerms();
        // then
        assertThat(unknownTerms).containsExactlyElementsOf(unknown.isEmpty() ? List.of() : List.of(unknown));
    }

    /**
     * A misspelling far from the stem of the word meant ("refferal" against "refer") is read as the word the records
     * write.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "setting up refferal systems for victims | referral",
        "refferal mechanisms for trafficked persons | referral",
    })
    void should_read_a_misspelling_as_the_word_the_records_write(String question, String meant) {
        // when
        Understanding u = SEEDS.parts().understand(question);
        // then
        assertThat(u.unknownTerms()).isEmpty();
        assertThat(u.searchText()).contains(meant);
    }

    @Test
    void should_read_a_misspelt_everyday_word_as_the_records_words_for_it() {
        // when: "revictimisation" is a letter from "revictimization", which the records write as re-trafficking
        Understanding u = SEEDS.parts().understand("what helps prevent revictimisation of survivors?");
        // then
        assertThat(u.unknownTerms()).isEmpty();
        assertThat(u.searchText()).contains("re-trafficking");
    }
}
