package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordFamilyTest {

    /** Forms of one stem are related; words that only begin alike are not. */
    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "migrating | migrate | true",
        "statisticians | statistics | true",
        "environment | environmental | true",
        "trafficker | trafficking | true",
        "leadership | leader | true",
        "undergrad | undergraduate | true",
        "fishermen | fisher | true",
        "Exploiters | exploitation | true",
        "election | electronic | false",
        "election | electronics | false",
        "migrating | migratory | true",
        "protest | protocol | false",
    })
    void should_relate_only_forms_of_one_stem(String word, String other, boolean related) {
        // when
        boolean found = WordFamily.related(word, other);
        // then
        assertThat(found).isEqualTo(related);
    }
}
