package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refdesk.library.Publication;

class DerivedTitlesTest {

    private static final List<Candidate> FUSED = List.of(
            candidate("explanatory", "Explanatory Report to the Council of Europe Convention on Action against "
                    + "Trafficking in Human Beings"),
            candidate("other", "GRETA Evaluation Report: Armenia"),
            candidate("convention", "Council of Europe Convention on Action against Trafficking in Human Beings"));

    @Test
    void should_put_the_report_named_before_one_written_about_it() {
        // when
        List<Candidate> ordered = DerivedTitles.originalsFirst(
                "I'm reading up on the Council of Europe anti-trafficking convention from 2005", FUSED);
        // then
        assertThat(ordered).extracting(c -> c.publication().id())
                .containsExactly("convention", "explanatory", "other");
    }

    @Test
    void should_keep_the_derived_report_first_when_the_question_uses_its_own_words() {
        // when
        List<Candidate> ordered = DerivedTitles.originalsFirst(
                "is there an explanation of the Council of Europe convention, article by article?", FUSED);
        // then
        assertThat(ordered).extracting(c -> c.publication().id())
                .containsExactly("explanatory", "other", "convention");
    }

    @Test
    void should_put_the_report_first_when_the_question_sets_the_derived_ones_words_aside() {
        // when
        List<Candidate> ordered = DerivedTitles.originalsFirst(
                "the Council of Europe convention itself (not the explanatory report)", FUSED);
        // then
        assertThat(ordered).extracting(c -> c.publication().id())
                .containsExactly("convention", "explanatory", "other");
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
