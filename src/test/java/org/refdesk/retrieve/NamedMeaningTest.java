package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.index.SearchFilter;

class NamedMeaningTest {

    /**
     * The question's meaning without its places, and without names made of everyday words when it also uses a
     * word no record has: what is left is what it asks about those names.
     */
    @ParameterizedTest(name = "{0} ({1} absent) -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Who won the World Cup final in Qatar? | 1 | Who won the final in ?",
        "Who won the World Cup final in Qatar? | 0 | Who won the World Cup final in ?",
        "Is there anything on Forced Labour in Qatar? | 0 | Is there anything on Forced Labour in ?",
        "Who won the Kafala Reform Award in Qatar? | 1 | Who won the Kafala Reform Award in ?",
    })
    void should_take_the_names_out_of_the_meaning(String question, int absentCommon, String meaning) {
        // given
        SearchFilter inQatar = SearchFilter.NONE.withScopes(
                List.of(new SearchFilter.Scope("Qatar", List.of("Qatar"), List.of("Qatar"))));
        Understanding u = Understanding.of(question).filter(inQatar).absent(List.of(), absentCommon).build();
        // when
        String without = NamedMeaning.withoutNames(u);
        // then
        assertThat(without).isEqualTo(meaning);
    }
}
