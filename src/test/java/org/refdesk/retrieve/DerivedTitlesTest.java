package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.library.Publication;

class DerivedTitlesTest {

    private static final List<Candidate> FUSED = List.of(
            candidate("explanatory", "Explanatory Report to the Council of Europe Convention on Action against "
                    + "Trafficking in Human Beings"),
            candidate("other", "GRETA Evaluation Report: Armenia"),
            candidate("convention", "Council of Europe Convention on Action against Trafficking in Human Beings"));

    /**
     * The convention comes before the explanatory report written about it unless the question uses the words the
     * explanatory report's title adds; words the question sets aside do not count.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the report named before the one written about it | I'm reading up on the Council of Europe "
                + "anti-trafficking convention from 2005 | convention, explanatory, other",
        "the derived report first when the question uses its own words | is there an explanation of the Council of "
                + "Europe convention, article by article? | explanatory, other, convention",
        "the report named first when the question sets the derived one's words aside | the Council of Europe "
                + "convention itself (not the explanatory report) | convention, explanatory, other",
    })
    void should_order_a_report_and_the_one_derived_from_it(String shows, String question, String order) {
        // when
        List<Candidate> ordered = DerivedTitles.originalsFirst(question, FUSED);
        // then
        assertThat(ordered).extracting(c -> c.publication().id())
                .containsExactly(order.split(",\\s*"));
    }

    @Test
    void should_not_read_another_edition_as_derived() {
        // given two editions whose titles differ by a year and "edition"
        List<Candidate> fused = List.of(
                candidate("twentieth", "Trafficking in Persons Report 20th Edition"),
                candidate("tip2019", "Trafficking in Persons Report 2019"));
        // when
        List<Candidate> ordered = DerivedTitles.originalsFirst("the TIP report", fused);
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("twentieth", "tip2019");
    }

    private static Candidate candidate(String id, String title) {
        return new Candidate(new Publication(id, title, "An abstract.", List.of(), List.of(), List.of(), List.of(),
                2020, "Research", null), 0.01, 1, 1, 1f, 0.5f, List.of());
    }
}
