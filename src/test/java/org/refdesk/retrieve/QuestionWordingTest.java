package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionWordingTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "every UNODC issue paper in the collection | true",
        "all Walk Free publications | true",
        "all the State Department TIP reports | true",
        "all the US State Department Trafficking in Persons reports please | true",
        "list the treaties we hold | true",
        "how many people are trafficked every year? | false",
        "are all workers in the cotton harvest forced? | false",
        "forced labour in cotton | false",
    })
    void should_read_a_question_for_every_report_of_a_kind_as_a_list(String question, boolean list) {
        // when
        boolean found = QuestionWording.LIST.matcher(question).find();
        // then
        assertThat(found).isEqualTo(list);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "did amnesty do it on their own or with a partner? | true",
        "was it done alone or with other organisations? | true",
        "which organisations did they work with? | true",
        "who were the partners? | true",
        "partnerships between business and NGOs against forced labour | false",
        "who is most at risk of trafficking? | false",
    })
    void should_read_a_question_about_who_made_a_report_with_whom_as_asking_for_its_authors(String question,
                                                                                         boolean authors) {
        // when
        boolean found = QuestionWording.WHO.matcher(question).find();
        // then
        assertThat(found).isEqualTo(authors);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "research where Albanian victims were interviewed about their return and the help they got | false",
        "how many workers did they survey? | true",
        "what did they find about the women? | true",
        "did the girls say what their phones were used for in it? | true",
    })
    void should_read_a_pronoun_after_people_the_question_names_as_those_people(String question,
                                                                             boolean pointsBack) {
        // when
        boolean found = QuestionWording.PRONOUN.matcher(QuestionWording.withoutPeopleItNames(question)).find();
        // then
        assertThat(found).isEqualTo(pointsBack);
    }
}
