package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

class NamedMeaningTest {

    /**
     * The question's meaning without its places, and, when it also uses a word no record has, without the names
     * made of everyday words that it capitalises or that the answered report writes as a name: what is left is what
     * it asks about those names.
     */
    @ParameterizedTest(name = "{0} ({1} absent) -> {2}")
    @CsvSource(delimiter = '|', value = {
        "Who won the World Cup final in Qatar? | 1 | Who won the final in ?",
        "Who won the World Cup final in Qatar? | 0 | Who won the World Cup final in ?",
        "who won the world cup in qatar | 1 | who won the in",
        "Is there anything on Forced Labour in Qatar? | 0 | Is there anything on Forced Labour in ?",
        "Who won the Kafala Reform Award in Qatar? | 1 | Who won the Kafala Reform Award in ?",
        "who won the 2022 World Cup final in Qatar | 1 | who won the final in",
        "who won the World Cup 2022 in Qatar | 1 | who won the in",
    })
    void should_take_the_names_out_of_the_meaning(String question, int absentCommon, String meaning) {
        // given a report on Qatar that writes "World Cup" as a name
        SearchFilter inQatar = SearchFilter.NONE.withScopes(
                List.of(new SearchFilter.Scope("Qatar", List.of("Qatar"), List.of("Qatar"))));
        Understanding u = Understanding.of(question).filter(inQatar).absent(List.of(), absentCommon).build();
        Publication report = new Publication("qatar", "The Ugly Side of the Beautiful Game",
                "Migrant workers building a stadium for the World Cup described unpaid wages.", List.of("Qatar"),
                List.of(), List.of(), List.of(), 2016, "Labour", null);
        // when
        String without = NamedMeaning.withoutNames(u, List.of(new Candidate(report, 0.01, 1, 1, 1f, 0.7f,
                List.of("cup", "world"))));
        // then
        assertThat(without).isEqualTo(meaning);
    }

    /** The year of a name the question writes is the name's, not evidence of a topic; a year alone is evidence. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "who won the 2022 World Cup final in Qatar | true",
        "who won the World Cup 2022 in Qatar | true",
        "workers who died in Qatar in 2022 | false",
    })
    void should_count_a_names_year_as_part_of_the_name(String question, boolean restsOnNames) {
        // given a report on Qatar that the question matches only by "world", "cup" and "2022"
        SearchFilter inQatar = SearchFilter.NONE.withScopes(
                List.of(new SearchFilter.Scope("Qatar", List.of("Qatar"), List.of("Qatar"))));
        Understanding u = Understanding.of(question).filter(inQatar).topical(true).build();
        Publication report = new Publication("qatar", "The Ugly Side of the Beautiful Game",
                "Migrant workers building a stadium for the 2022 World Cup described unpaid wages.", List.of("Qatar"),
                List.of(), List.of(), List.of(), 2016, "Labour", null);
        // when / then
        assertThat(NamedMeaning.restsOnNames(u, List.of(new Candidate(report, 0.01, 1, 1, 1f, 0.7f,
                List.of("2022", "cup", "world"))))).isEqualTo(restsOnNames);
    }

    /** With no place, an everyday name and its year are all a report may share for the question to rest on them. */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "which team won the 2022 World Cup final? | 2022 cup world | true",
        "migrant workers on the 2022 World Cup sites | 2022 cup migrant world | false",
        "which team won the 2022 final? | 2022 | false",
    })
    void should_rest_on_an_everyday_name_only_when_the_reports_share_nothing_else(String question, String shared,
                                                                                   boolean restsOnName) {
        // given a report on the World Cup sites sharing these words with the question
        Understanding u = Understanding.of(question).topical(true).build();
        Publication report = new Publication("qatar", "The Ugly Side of the Beautiful Game",
                "Migrant workers building a stadium for the 2022 World Cup described unpaid wages.", List.of("Qatar"),
                List.of(), List.of(), List.of(), 2016, "Labour", null);
        // when / then
        assertThat(NamedMeaning.restsOnEverydayName(u, List.of(new Candidate(report, 0.01, 1, 1, 1f, 0.7f,
                List.of(shared.split(" ")))))).isEqualTo(restsOnName);
    }
}
