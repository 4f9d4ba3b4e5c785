package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTest {

    private final Acronyms acronyms = Acronyms.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "every edition of the TIP report | trafficking in persons",
        "UK NRM figures for 2017 | national referral mechanism",
        "a good tip for new staff | ''",
        "the nrm in lower case | ''",
        "THB and CSEC | trafficking in human beings commercial sexual exploitation of children"})
    void should_spell_out_acronyms_written_in_capitals_only(String question, String expected) {
        // when
        String full = acronyms.fullForms(question);
        // then
        assertThat(full).isEqualTo(expected);
    }

    @Test
    void should_tell_which_of_the_fields_acronyms_a_question_uses_as_written() {
        // when
        var used = Acronyms.bundled().used("GLOTIP 2016 and a tip on the NRM");
        // then
        assertThat(used).containsExactlyInAnyOrder("glotip", "nrm");
    }
}
