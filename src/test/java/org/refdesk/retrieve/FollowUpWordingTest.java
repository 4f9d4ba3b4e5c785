package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpWordingTest {

    /** Words that point at the cited report's makers, and the same words pointing at the people it is about. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "anything else from the same group? | true",
        "what else has that team published? | true",
        "did they write anything after that? | true",
        "anything on the mental health side for the same group? | false",
        "what happened to those people among the same group later | false",
        "is there a study on their health? | false",
    })
    void should_tell_a_question_about_the_makers_from_one_about_the_people(String question, boolean makers) {
        // when
        boolean found = FollowUpWording.AUTHOR_PRONOUN.matcher(question).find();
        // then
        assertThat(found).isEqualTo(makers);
    }
}
