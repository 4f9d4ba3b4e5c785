package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Filters;
import org.refdesk.library.Publication;

class BrowseLinkTest {

    @Test
    void should_list_the_cited_reports_first_then_the_other_relevant_ids() {
        // given a topical answer whose relevance bar let four reports through, citing two of them
        List<Candidate> relevant = List.of(candidate("a"), candidate("b"), candidate("c"), candidate("d"));
        Understanding u = Understanding.of("what do we have on debt bondage").build();
        Retrieval r = new Retrieval(u, Verdict.ANSWER, relevant.subList(0, 2), null, 4, Retrieval.idsOf(u, relevant));

        // when the link is built for an answer that cites b then a
        String href = BrowseLink.href(r, List.of("b", "a")).orElseThrow();

        // then it names every relevant report, the cited ones first in the answer's order
        assertThat(href).isEqualTo("/api/publications?id=b&id=a&id=c&id=d");
        BrowseQuery read = BrowseLink.parse(BrowseLink.decode(href.substring(href.indexOf('?') + 1)));
        assertThat(read.order()).containsExactly("b", "a", "c", "d");
    }

    @Test
    void should_carry_a_filter_defined_list_as_its_filter_with_the_cited_reports_first() {
        // given "everything by UNODC from 2017" defined by facets and a scope alone
        SearchFilter set = SearchFilter.of(new Filters(2017, 2017, List.of("Nepal"), List.of(), List.of()))
                .withScopes(List.of(new SearchFilter.Scope("UNODC", List.of("UNODC", "Office on Drugs | Crime"),
                        List.of("drugs and crime"))))
                .withIds(null, List.of("old-1")).withTitleYears(true);
        Understanding u = Understanding.of("reports by UNODC from 2017").filter(set).build();
        Retrieval r = new Retrieval(u, Verdict.ANSWER, List.of(candidate("x")), null, 30, set);

        // when
        String href = BrowseLink.href(r, List.of("x")).orElseThrow();

        // then reading the link back gives the same filter, and the cited report is pinned first
        BrowseQuery read = BrowseLink.parse(BrowseLink.decode(href.substring(href.indexOf('?') + 1)));
        assertThat(read.filter()).isEqualTo(set);
        assertThat(read.first()).containsExactly("x");
        assertThat(href).startsWith("/api/publications?yearFrom=2017&yearTo=2017&titleYears=1&country=Nepal&scope=");
    }

    @Test
    void should_give_no_link_when_the_list_is_longer_than_a_link_may_carry() {
        // given more relevant ids than the id parameter accepts
        List<Candidate> many = IntStream.range(0, BrowseLink.MAX_IDS + 1)
                .mapToObj(i -> candidate("r" + i)).toList();
        Understanding u = Understanding.of("everything").build();
        Retrieval r = new Retrieval(u, Verdict.ANSWER, many.subList(0, 8), null, many.size(), Retrieval.idsOf(u, many));

        // then
        assertThat(BrowseLink.href(r, List.of("r0"))).isEmpty();
    }

    @Test
    void should_refuse_bad_parameters_naming_them() {
        assertThatThrownBy(() -> BrowseLink.parse(Map.of("page", List.of("-1"))))
                .isInstanceOf(BadBrowseQuery.class).hasMessageContaining("page");
        assertThatThrownBy(() -> BrowseLink.parse(Map.of("id", Collections.nCopies(BrowseLink.MAX_IDS + 1, "a"))))
                .isInstanceOf(BadBrowseQuery.class).hasMessageContaining("id may be given at most");
        assertThatThrownBy(() -> BrowseLink.parse(Map.of("scope", List.of("UNODC|x:bad"))))
                .isInstanceOf(BadBrowseQuery.class).hasMessageContaining("v:");
        assertThatThrownBy(() -> BrowseLink.parse(Map.of("scope", List.of("UNODC"))))
                .isInstanceOf(BadBrowseQuery.class).hasMessageContaining("at least one");
        assertThatThrownBy(() -> BrowseLink.parse(Map.of("author", List.of("x".repeat(301)))))
                .isInstanceOf(BadBrowseQuery.class).hasMessageContaining("author values must be at most");
        assertThatThrownBy(() -> BrowseLink.parse(Map.of("yearFrom", List.of("2020"), "yearTo", List.of("2010"))))
                .isInstanceOf(BadBrowseQuery.class).hasMessageContaining("yearFrom 2020 is after");
    }

    @Test
    void should_read_a_scope_with_escaped_separators_back_as_it_was() {
        // given
        SearchFilter.Scope scope = new SearchFilter.Scope("A|B \\ C", List.of("v|1"), List.of("p\\2"));
        // when
        SearchFilter.Scope read = ScopeParam.parse(ScopeParam.format(scope));
        // then
        assertThat(read).isEqualTo(scope);
    }

    private static Candidate candidate(String id) {
        Publication p = new Publication(id, "Title " + id, "An abstract.", List.of(), List.of(), List.of(), List.of(),
                2020, "Reports", "https://example.org/" + id);
        return new Candidate(p, 1, 1, 1, 1f, 0.5f, List.of());
    }
}
