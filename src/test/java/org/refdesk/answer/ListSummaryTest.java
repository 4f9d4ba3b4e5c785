package org.refdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListSummaryTest {

    @Test
    void should_span_the_years_of_everything_that_matched() {
        Map<String, Integer> years = new LinkedHashMap<>(Map.of("2019", 3, "2006", 1, "2023", 2));
        assertThat(ListSummary.years(years)).isEqualTo("2006–2023");
        assertThat(ListSummary.years(Map.of("2015", 4))).isEqualTo("2015");
        assertThat(ListSummary.years(Map.of())).isEmpty();
    }

    @Test
    void should_name_the_two_categories_with_most_reports_or_say_all_are_in_one() {
        Map<String, Integer> categories = Map.of("Health", 4, "Research and Data", 6, "Labour", 2, "Law", 2);
        assertThat(ListSummary.categories(categories, 14)).isEqualTo("most in Research and Data and Health");
        assertThat(ListSummary.categories(Map.of("Health", 7), 7)).isEqualTo("all in Health");
        assertThat(ListSummary.categories(Map.of(), 7)).isEmpty();
    }
}
