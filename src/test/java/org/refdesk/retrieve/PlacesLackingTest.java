package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesLackingTest {

    /** A library that names Peru and no Mongolia; Mongolia is a place of the world all the same. */
    private final Vocabulary vocabulary = Vocabulary.of(Map.of("country", Map.of("Peru", 3)));

    /** A place no record names is a constraint when the wording asks for it, and only a place is. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "forced labour in mining in Mongolia | mongolia | Mongolia",
        "anything on Mongolia? | mongolia | Mongolia",
        "a Mongolia mining study | mongolia | ''",
        "forced labour in quarries | quarries | ''",
    })
    void should_read_an_unknown_place_asked_for_as_a_constraint(String question, String unknown, String asked) {
        // when
        List<Mention> places = PlacesLacking.asked(List.of(unknown), question, vocabulary);
        // then
        assertThat(places).extracting(Mention::label).containsExactlyElementsOf(
                asked.isEmpty() ? List.of() : List.of(asked));
    }
}
