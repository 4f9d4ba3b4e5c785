package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepetitionTest {

    /** Something that happened again is named with the "re-" words reports use for it. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "why do survivors end up trafficked a second time? | re-trafficked re-trafficking",
        "people getting exploited again after return | re-exploited re-exploiting",
        "victims trafficked twice | re-trafficked re-trafficking",
        "trafficking after the pandemic | ''",
        "re-trafficking: why are survivors trafficked again? | ''",
    })
    void should_name_what_happened_again_with_its_re_word(String text, String words) {
        // when
        String re = Repetition.reWords(text);
        // then
        assertThat(re).isEqualTo(words);
    }

    /** A "re-" word written in the past is also searched in the form reports name the subject by. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "why are survivors re-trafficked after assistance? | re-trafficking",
        "victims re-exploited on return | re-exploiting",
        "re-trafficked or re-trafficking: what is known? | ''",
        "reports released and reported in 2020 | ''",
    })
    void should_add_the_ongoing_form_of_a_re_word_written_in_the_past(String text, String forms) {
        // when
        String added = Repetition.ongoingForms(text);
        // then
        assertThat(added).isEqualTo(forms);
    }
}
