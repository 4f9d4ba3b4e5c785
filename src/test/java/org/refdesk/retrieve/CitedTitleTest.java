package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.library.Publication;

class CitedTitleTest {

    private static final Publication CITED = new Publication("eurojust",
            "Strategic Project on Eurojust's Action against Trafficking in Human Beings: Final Report and Action Plan",
            "An abstract.", List.of(), List.of(), List.of(), List.of(), 2012, "Legal Frameworks", null);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "which years does the action plan run for? | true",
        "who led the strategic project? | true",
        "what does the final report recommend? | true",
        "action plans against trafficking in other countries | false",
        "the trafficking of children in Nepal | false",
        "what about the report and the plan? | false",
    })
    void should_take_words_of_a_cited_title_after_the_as_naming_that_report(String question, boolean named) {
        // when / then
        assertThat(CitedTitle.named(question, List.of(CITED))).isEqualTo(named);
    }

    private static final Publication ACT = new Publication("msa", "Modern Slavery Act 2015", "An abstract.", List.of(),
            List.of(), List.of(), List.of(), 2015, "Legal Frameworks", null);

    /** Words of the title in any order after "the", none of them a joining word, name the report. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "do we have the 2015 Act itself? | true",
        "is the slavery act in the library? | true",
        "what did the Act say? | false",
        "what about the 2016 report? | false",
    })
    void should_take_title_words_in_any_order_after_the_as_naming_a_report(String question, boolean named) {
        // when / then
        assertThat(CitedTitle.namesByWords(question, ACT)).isEqualTo(named);
    }

    @Test
    void should_read_a_title_that_holds_a_word_twice() {
        // given a title with "in" twice
        Publication twice = new Publication("tip-eu", "Trafficking in Persons in Europe", "An abstract.", List.of(),
                List.of(), List.of(), List.of(), 2010, "Statistics", null);
        // when / then
        assertThat(CitedTitle.namesByWords("is the Europe trafficking report here?", twice)).isTrue();
    }
}
