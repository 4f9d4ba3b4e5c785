package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.refdesk.index.SearchFilter;

class UnderstandingTest {

    @Test
    void should_read_a_question_plainly_when_built_from_it_alone() {
        // when
        Understanding u = Understanding.of("forced labour at sea").build();
        // then it equals the plain reading spelled out value by value
        assertThat(u).isEqualTo(new Understanding("forced labour at sea", "forced labour at sea", "",
                "forced labour at sea", Intent.TOPIC, SearchFilter.NONE, List.of(), List.of(), Set.of(), Set.of(),
                List.of(), 0, false, Understanding.Order.RANKING, true,
                Understanding.Relaxation.none(SearchFilter.NONE, "forced labour at sea"), List.of(), List.of(),
                List.of(), List.of()));
    }

    @Test
    void should_carry_every_value_set_on_the_builder() {
        // given
        SearchFilter filter = SearchFilter.NONE.withYears(2015, 2019);
        Understanding.Relaxation relaxation =
                new Understanding.Relaxation(SearchFilter.NONE, "fishing", List.of("2015"));
        SearchFilter.Scope nepal = new SearchFilter.Scope("Nepal", List.of("Nepal"), List.of("Nepal"));
        SearchFilter.Scope italy = new SearchFilter.Scope("Italy", List.of("Italy"), List.of("Italy"));
        // when
        Understanding u = Understanding.of("who wrote the newest one on fishing since 2015?").searchText("fishing")
                .expansion("fisheries").meaningText("fishing vessels").intent(Intent.METADATA).filter(filter)
                .applied(List.of("from 2015")).focus(List.of("a", "b")).wants(Set.of("authors"))
                .seen(Set.of("a sentence")).absent(List.of("newest"), 2).followUp(true)
                .order(Understanding.Order.NEWEST).topical(false).relaxation(relaxation).preferred(List.of(nepal))
                .subject(List.of("men")).avoided(List.of(italy)).docTypes(List.of("handbooks")).build();
        // then
        assertThat(u).isEqualTo(new Understanding("who wrote the newest one on fishing since 2015?", "fishing",
                "fisheries", "fishing vessels", Intent.METADATA, filter, List.of("from 2015"), List.of("a", "b"),
                Set.of("authors"), Set.of("a sentence"), List.of("newest"), 2, true, Understanding.Order.NEWEST, false,
                relaxation, List.of(nepal), List.of("men"), List.of(italy), List.of("handbooks")));
    }
}
