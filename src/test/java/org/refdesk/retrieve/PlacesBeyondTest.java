package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

class PlacesBeyondTest {

    private static Mention place(String text, String name) {
        int at = text.indexOf(name);
        return new Mention(Mention.Kind.PLACE, name, List.of(name), List.of(name), at, at + name.length());
    }

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("what about across Europe more widely, not just Italy?", "Italy", true),
                Arguments.of("anything on the electronics industry beyond Malaysia?", "Malaysia", true),
                Arguments.of("fishing crews other than the Thailand ones", "Thailand", true),
                Arguments.of("forced labour outside of Qatar", "Qatar", true),
                Arguments.of("forced labour in Qatar", "Qatar", false),
                Arguments.of("Qatar, not just the stadiums", "Qatar", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordings")
    void should_set_aside_a_place_named_after_a_cue_that_looks_beyond_it(String text, String name, boolean aside) {
        // when
        List<Mention> out = PlacesBeyond.named(text, List.of(place(text, name)));
        // then the mention, widened to its cue, is set aside; a place named plainly is not
        assertThat(out).hasSize(aside ? 1 : 0);
        out.forEach(m -> assertThat(text.substring(m.start(), m.end())).endsWith(name).isNotEqualTo(name));
    }

    @Test
    void should_read_other_countries_and_elsewhere_as_looking_beyond_the_cited_places() {
        assertThat(PlacesBeyond.elsewhere("has that method been used in other countries?")).isTrue();
        assertThat(PlacesBeyond.elsewhere("anything elsewhere?")).isTrue();
        assertThat(PlacesBeyond.elsewhere("which countries were covered?")).isFalse();
    }

    @Test
    void should_read_not_just_that_one_as_looking_past_the_cited_reports() {
        assertThat(PlacesBeyond.pastCited("a global overview of fishing, not just that one fleet?")).isTrue();
        assertThat(PlacesBeyond.pastCited("anything other than those?")).isTrue();
        assertThat(PlacesBeyond.pastCited("is that the only one?")).isFalse();
    }

    @Test
    void should_move_reports_filed_under_the_set_aside_places_alone_after_the_others() {
        // given
        Candidate uk = candidate("uk", List.of("United Kingdom"));
        Candidate ukAndFrance = candidate("uk-fr", List.of("United Kingdom", "France"));
        Candidate australia = candidate("au", List.of("Australia"));
        Candidate unplaced = candidate("none", List.of());
        List<SearchFilter.Scope> cited = PlacesBeyond.countriesOf(List.of(uk.publication()));
        // when
        List<Candidate> out = PlacesBeyond.last(List.of(uk, ukAndFrance, australia, unplaced), cited);
        // then
        assertThat(out).containsExactly(ukAndFrance, australia, unplaced, uk);
    }

    private static Candidate candidate(String id, List<String> countries) {
        Publication p = new Publication(id, "Title " + id, "An abstract.", countries, List.of(), List.of(),
                List.of(), 2020, "Research", null);
        return new Candidate(p, 1, 1, 1, 0.5f, 0, List.of());
    }
}
