package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refdesk.library.Publication;

class KnownTitleTest {

    @Test
    void should_put_the_report_whose_title_the_question_writes_out_first() {
        // given, in fused order
        List<Candidate> fused = List.of(
                candidate("guide", "Legislative Guide for the Protocol on Trafficking in Persons"),
                candidate("global", "Global Report on Trafficking in Persons 2020"));
        // when
        List<Candidate> ordered = KnownTitle.first("UNODC global report on trafficking in persons, 2020 edition",
                fused);
        // then
        assertThat(ordered).extracting(c -> c.publication().id()).containsExactly("global", "guide");
    }

    @Test
    void should_not_read_a_short_title_as_a_name() {
        // given a title that is also a topic phrase
        String q = KnownTitle.normalised("anything on child labour in cocoa?");
        // then
        assertThat(KnownTitle.written(q, "Child Labour")).isZero();
        assertThat(KnownTitle.written(q, "Child Labour in Cocoa")).isPositive();
    }

    private static Candidate candidate(String id, String title) {
        return new Candidate(new Publication(id, title, "An abstract.", List.of(), List.of(), List.of(), List.of(),
                2020, "Research", null), 0.01, 1, 1, 1f, 0.5f, List.of());
    }
}
