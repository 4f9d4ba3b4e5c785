package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.library.Publication;

class NamedCitedTest {

    private final Vocabulary vocabulary = Vocabulary.of(Map.of("country", Map.of("India", 1, "Ghana", 1)));

    /** Two reports cited in a conversation: one by NORC on Ghana, one by Tulane University on India. */
    private final List<Publication> cited = List.of(
            report("norc", "Final Report: Child Labor in Cocoa Producing Areas", "Ghana",
                    "NORC at the University of Chicago"),
            report("tulane", "Survey Research on Child Labor in Brick Kilns", "India", "Tulane University"));

    /** The word before "one" picks a cited report by its place, its maker or a title word only it has. */
    @ParameterizedTest(name = "the {0} one -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Indian | tulane",
        "Ghana | norc",
        "NORC | norc",
        "Tulane | tulane",
        "cocoa | norc",
        "kilns | tulane",
        "University | norc tulane",
        "labor | ''",
        "newer | ''",
        "Brazilian | ''",
    })
    void should_pick_the_cited_report_a_word_names(String word, String expected) {
        // when
        List<String> picked = NamedCited.pick(word, cited, vocabulary);
        // then
        assertThat(picked).containsExactlyElementsOf(
                expected.isEmpty() ? List.of() : List.of(expected.split(" ")));
    }

    private static Publication report(String id, String title, String country, String author) {
        return new Publication(id, title, "An abstract.", List.of(country), List.of(), List.of(author), List.of(),
                2020, "Research", null);
    }
}
