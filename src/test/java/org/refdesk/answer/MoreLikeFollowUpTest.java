package org.refdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoreLikeFollowUpTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "more like [2]|1", "More like [1]?|0", "more like the second one|1", "more like the last report|4",
        "more like this|0", "More like that one, please?|-1", "show me more like the third|2", "others like 4th|3",
        "more like number 5|4", "more like [9]|-1", "more like the second one on Nepal|-1",
        "what else is like this?|-1", "is there something similar?|-1", "more like this for other countries?|0",
        "more like the second one, but from elsewhere|1", "more like this for other reasons|-1"})
    void should_resolve_which_cited_report_a_more_like_question_names(String question, int expected) {
        assertThat(MoreLikeFollowUp.which(question, 5)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"more like this for other countries?|true",
        "More like [2] in different regions|true", "more like this from elsewhere|true", "more like this|false",
        "more like the first one|false"})
    void should_tell_when_a_more_like_question_asks_for_other_places(String question, boolean expected) {
        assertThat(MoreLikeFollowUp.elsewhere(question)).isEqualTo(expected);
    }

    @Test
    void should_not_answer_more_like_when_nothing_was_cited() {
        assertThat(MoreLikeFollowUp.which("more like [1]", 0)).isEqualTo(-1);
    }
}
