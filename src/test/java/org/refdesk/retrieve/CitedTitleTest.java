package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
