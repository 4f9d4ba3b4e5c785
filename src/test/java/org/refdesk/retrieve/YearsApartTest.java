package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class YearsApartTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "what about the edition two years after that | 2",
        "the one from 3 years earlier? | -3",
        "and a year later? | 1",
        "anything a couple of years before it | -2",
        "what came out five years on | 5",
        "in the last two years | 0",
        "the next year's report | 0",
    })
    void should_read_a_step_of_several_years_from_the_cited_report(String question, int expected) {
        assertThat(YearsApart.offset(question)).isEqualTo(expected);
    }
}
