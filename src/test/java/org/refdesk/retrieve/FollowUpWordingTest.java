package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpWordingTest {

    /**
     * Makers: words that point at the cited report's makers, not the same words pointing at the people it is about.
     * Compared: a comparison without "than" is with what the last reply cited; a newer one is a step in time, read
     * apart. About it: "did the drafters publish notes?" asks the library for reports about the one cited. Doing it:
     * the work asked about before. Others of a kind: more reports like the cited ones, not them.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "makers | anything else from the same group? | true",
        "makers | what else has that team published? | true",
        "makers | did they write anything after that? | true",
        "makers | and the one she did on cotton? | true",
        "makers | what did she find about cotton? | false",
        "makers | anything on the mental health side for the same group? | false",
        "makers | and on HIV in that same group? | false",
        "makers | what happened to those people among the same group later | false",
        "makers | is there a study on their health? | false",
        "compared | is there a more critical take on tech? | true",
        "compared | anything less academic? | true",
        "compared | is there a shorter version for frontline staff? | true",
        "compared | that's heavy - anything much shorter that introduces it? | true",
        "compared | is there a far more critical take? | true",
        "compared | is there a more recent one? | false",
        "compared | a more up to date guide? | false",
        "compared | is forced labour more common than sex trafficking? | false",
        "compared | more reports on Nepal | false",
        "about it | did the drafters publish notes explaining what they meant? | true",
        "about it | has it been evaluated? | true",
        "about it | what did the drafters mean by vulnerability? | false",
        "previous | and the edition just before it? | true",
        "previous | what was the original review that this one updates? | true",
        "previous | the report before that | true",
        "previous | the original definition of trafficking | false",
        "doing it | is there a toolkit for doing that in our own organisation? | true",
        "doing it | organisations that want to do this | true",
        "doing it | is there a guide to it? | false",
        "others of a kind | any other memoirs by survivors? | true",
        "others of a kind | some other studies on Nepal | true",
        "others of a kind | any other organisation involved? | false",
        "next | and the one right after? | true",
        "next | what happened right after the reforms? | false",
    })
    void should_read_what_a_follow_up_asks_from_its_wording(String reading, String question, boolean found) {
        // given
        Pattern wording = switch (reading) {
            case "makers" -> FollowUpWording.AUTHOR_PRONOUN;
            case "compared" -> FollowUpWording.COMPARED;
            case "previous" -> FollowUpWording.PREVIOUS;
            case "next" -> FollowUpWording.NEXT;
            case "doing it" -> FollowUpWording.DOING_IT;
            case "others of a kind" -> FollowUpWording.OTHERS_OF_A_KIND;
            default -> FollowUpWording.ABOUT_IT;
        };
        // when
        boolean read = wording.matcher(question).find();
        // then
        assertThat(read).isEqualTo(found);
    }
}
