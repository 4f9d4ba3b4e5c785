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

    /** A comparison without "than" is with what the last reply cited; a newer one is a step in time, read apart. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "is there a more critical take on tech? | true",
        "anything less academic? | true",
        "is there a shorter version for frontline staff? | true",
        "is there a more recent one? | false",
        "a more up to date guide? | false",
        "is forced labour more common than sex trafficking? | false",
        "more reports on Nepal | false",
    })
    void should_read_a_comparison_without_than_as_one_with_the_cited_reports(String question, boolean compared) {
        // when
        boolean found = FollowUpWording.COMPARED.matcher(question).find();
        // then
        assertThat(found).isEqualTo(compared);
    }

    /** "did the drafters publish notes?" asks the library for reports about the one cited. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "did the drafters publish notes explaining what they meant? | true",
        "has it been evaluated? | true",
        "what did the drafters mean by vulnerability? | false",
    })
    void should_read_asking_whether_its_makers_published_as_asking_for_reports_about_it(String question,
                                                                                      boolean about) {
        // when
        boolean found = FollowUpWording.ABOUT_IT.matcher(question).find();
        // then
        assertThat(found).isEqualTo(about);
    }
}
