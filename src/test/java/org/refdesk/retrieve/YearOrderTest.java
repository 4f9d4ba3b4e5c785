package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

class YearOrderTest {

    private static final Candidate STATISTICS_2023 = candidate("statistics-2023", 2024);
    private static final Candidate TIP_2023 = candidate("tip-2023", 2023);
    private static final Candidate INDEX_2023 = candidate("index-2023", 2023);

    @Test
    void should_put_the_reports_published_in_the_years_before_those_whose_title_names_them() {
        // given the years a question states, read also as years in titles
        SearchFilter in2023 = SearchFilter.NONE.withYears(2023, 2023).withTitleYears(true);
        // when
        List<Candidate> ordered = YearOrder.publishedFirst(in2023, List.of(STATISTICS_2023, TIP_2023, INDEX_2023));
        // then
        assertThat(ids(ordered)).containsExactly("tip-2023", "index-2023", "statistics-2023");
    }

    @Test
    void should_keep_the_order_when_the_years_are_publication_years_only() {
        // given
        SearchFilter in2023 = SearchFilter.NONE.withYears(2023, 2023);
        // when
        List<Candidate> ordered = YearOrder.publishedFirst(in2023, List.of(STATISTICS_2023, TIP_2023));
        // then
        assertThat(ids(ordered)).containsExactly("statistics-2023", "tip-2023");
    }

    private static List<String> ids(List<Candidate> candidates) {
        return candidates.stream().map(c -> c.publication().id()).toList();
    }

    private static Candidate candidate(String id, int year) {
        Publication p = new Publication(id, "Report " + id, "An abstract.", List.of(), List.of(), List.of(), List.of(),
                year, "Research", null);
        return new Candidate(p, 0.01, 1, 1, 1f, 0.7f, List.of());
    }
}
