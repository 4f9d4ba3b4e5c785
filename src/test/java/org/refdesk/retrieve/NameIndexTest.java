package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameIndexTest {

    private static final NameIndex NAMES = new NameIndex(List.of(new NameIndex.Key("Malé", false, 1),
            new NameIndex.Key("Siân Oram", false, 2), new NameIndex.Key("Georgia", false, 3)));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "support for male survivors | 0",
        "a visit to Malé | 1",
        "papers by sian oram | 2",
        "anything on georgia | 3",
    })
    void should_find_names_without_their_accents_unless_that_makes_an_everyday_word(String question, int id) {
        // when
        List<Integer> found = NAMES.find(question).stream().map(NameIndex.Match::id).toList();
        // then
        assertThat(found).isEqualTo(id == 0 ? List.of() : List.of(id));
    }
}
