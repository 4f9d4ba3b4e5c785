package org.refdesk.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CondensedQuestionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who wrote “The Other Migrant Crisis”?|Who wrote “The Other Migrant Crisis”?",
        "Standalone question: Anything newer on Nepal?|Anything newer on Nepal?",
        "\"Anything newer on Nepal?\"|Anything newer on Nepal?",
        "Anything more on “Referral Mechanisms”|Anything more on “Referral Mechanisms”",
    })
    void should_take_the_rewritten_question_from_the_reply(String reply, String expected) {
        assertThat(LlmAnswerer.firstLine("\n" + reply + "\nThis keeps the topic.")).isEqualTo(expected);
    }
}
