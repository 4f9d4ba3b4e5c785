package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionWordingTest {

    /**
     * A list: every report of a kind. Authors: who made a report, alone or with whom. Oldest: the first of a series,
     * not the first of the reports cited. There: the place of the report pointed back at, not "is there". Phenomenon: a pronoun a
     * verb makes the subject, not a report. Points back: a pronoun
     * standing for the reports cited before, not for people the question itself names.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "list | every UNODC issue paper in the collection | true",
        "list | all Walk Free publications | true",
        "list | all the State Department TIP reports | true",
        "list | all the US State Department Trafficking in Persons reports please | true",
        "list | list the treaties we hold | true",
        "list | which books do we hold? | true",
        "list | have we got anything on Nepal? | true",
        "list | how many people are trafficked every year? | false",
        "list | are all workers in the cotton harvest forced? | false",
        "list | forced labour in cotton | false",
        "authors | did amnesty do it on their own or with a partner? | true",
        "authors | was it done alone or with other organisations? | true",
        "authors | which organisations did they work with? | true",
        "authors | who were the partners? | true",
        "authors | who's behind it? | true",
        "authors | was it co-published? | true",
        "authors | who put that report together? | true",
        "authors | who put the programme together? | true",
        "authors | List every ILO publication, including ones it co-published with other agencies. | false",
        "authors | partnerships between business and NGOs against forced labour | false",
        "authors | who is most at risk of trafficking? | false",
        "authors | who adopted it? | true",
        "authors | which UN office put that out? | true",
        "authors | who was the lead author? | true",
        "authors | papers with Siân Oram as lead author | false",
        "named author | papers where Siân Oram is the lead author | true",
        "named author | who is the lead author? | false",
        "authors | which government office handles victim referrals? | false",
        "authors | support for families who adopted children from abroad | false",
        "points back | research where Albanian victims were interviewed about their return and the help they got "
                + "| false",
        "points back | how many workers did they survey? | true",
        "points back | what did they find about the women? | true",
        "points back | did the girls say what their phones were used for in it? | true",
        "points back | what happens to those women when they get sent back to Nigeria? | false",
        "points back | what happens to those women in that study? | true",
        "oldest | what about the very first edition of that UNODC report? | true",
        "oldest | the first issue of the bulletin | true",
        "oldest | the earliest report on Nepal | true",
        "oldest | which one came first? | false",
        "oldest | the first report you cited | false",
        "there | did Amnesty also look at domestic workers there? | true",
        "task | can you help me write my annual leave request for HR | true",
        "task | how do I renew my passport online? | true",
        "task | please reset my password | true",
        "task | can you help me draft a policy on forced labour in our supply chain? | false",
        "task | how do I identify a victim of trafficking? | false",
        "task | what should border guards do when they suspect a child is trafficked? | false",
        "list | the UNODC issue papers - all of them | true",
        "list | who wrote all of them? | false",
        "there | anything else from that country? | true",
        "there | is there a newer edition? | false",
        "there | There are reports on Nepal, right? | false",
        "there | how did the women get there? | true",
        "phenomenon | how would you actually measure that in a national household survey? | true",
        "phenomenon | how do we prevent it in supply chains? | true",
        "phenomenon | does that cover children? | false",
        "phenomenon | who wrote it? | false",
        "when | when did they publish it? | true",
        "when | when was it published? | true",
        "when | and when they released it? | true",
        "when | who wrote it and when? | true",
        "when | how should police act when they talk to someone who was enslaved? | false",
        "when | not assuming the person is lying when their story changes | false",
        "when | what happens to children when someone reports them missing? | false",
    })
    void should_read_what_a_question_asks_from_its_wording(String reading, String question, boolean found) {
        // when
        boolean read = switch (reading) {
            case "list" -> QuestionWording.LIST.matcher(question).find();
            case "authors" -> QuestionWording.WHO.matcher(question).find();
            case "named author" -> QuestionWording.NAMED_AUTHOR.matcher(question).find();
            case "oldest" -> QuestionWording.OLDEST.matcher(question).find();
            case "there" -> QuestionWording.THERE.matcher(question).find();
            case "phenomenon" -> QuestionWording.PHENOMENON.matcher(question).find();
            case "when" -> QuestionWording.WHEN.matcher(question).find();
            case "task" -> QuestionWording.TASK.matcher(question).find();
            default -> QuestionWording.PRONOUN.matcher(QuestionWording.withoutPeopleItNames(question)).find();
        };
        // then
        assertThat(read).isEqualTo(found);
    }

    /** A cue that starts a new topic leaves the earlier turns behind; a question that only mentions topics does not. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "different topic: has anyone traced online sex ads through bitcoin? | has anyone traced online sex ads through "
                + "bitcoin?",
        "ok thanks. separate question - where are EU-wide numbers of victims? | where are EU-wide numbers of victims?",
        "On another note, what do we have on Armenia? | what do we have on Armenia?",
        "Changing the subject, anything on fishing? | anything on fishing?",
        "other topics in that report? | other topics in that report?",
        "a different question would be who wrote it | a different question would be who wrote it",
    })
    void should_start_afresh_when_the_asker_says_the_topic_is_new(String asked, String read) {
        // given
        List<Turn> history = List.of(new Turn("user", "what minimum penalties does EU law require?"),
                new Turn("assistant", "The directive [1] sets them.", List.of("eu-directive")));
        // when
        Question question = QuestionWording.afterTopicChange(new Question(asked, history, null));
        // then
        assertThat(question.text()).isEqualTo(read);
        assertThat(question.history()).hasSize(read.equals(asked) ? 2 : 0);
    }

    /**
     * A request that closes a question after a clause saying why it is asked is read alone; one without is not. A
     * request for reading with no subject of its own gives the clause before it, whose names it is about.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "closing | I'm off to a workshop in Brazil next month, what do we have on Brazil? | what do we have on Brazil?",
        "closing | New staff member here. Anything on Armenia? | Anything on Armenia?",
        "closing | We start a project in Nepal - do we have anything on Nepal? | do we have anything on Nepal?",
        "closing | what do we have on Brazil? | ",
        "closing | forced labour on Thai fishing boats | ",
        "reason | I'm on a country visit to Cyprus next month, what should I read before I go? | I'm on a country "
                + "visit to Cyprus next month",
        "reason | Heading to Georgia in May - any background reading? | Heading to Georgia in May",
        "reason | Starting at the Albania office next week. Where should I start? | Starting at the Albania office next "
                + "week",
        "reason | what should I read on Cyprus? | ",
        "reason | I'm going to Cyprus, what do we have on Cyprus? | ",
    })
    void should_read_the_request_that_closes_a_question(String reading, String asked, String read) {
        Optional<String> found = reading.equals("closing") ? QuestionWording.closingRequest(asked)
                : QuestionWording.reasonBeforeReading(asked);
        assertThat(found).isEqualTo(Optional.ofNullable(read));
    }

    /** A clause after a break that sets something aside goes; "not" that describes, or asks for more, stays. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "What books do we have - proper books, not reports? | What books do we have - proper books ?",
        "regional conventions - not the UN protocol | regional conventions ",
        "the main global report (not the country profiles) | the main global report )",
        "a sliding scale, rather than two separate things | a sliding scale ",
        "anything global on fisheries, not just thailand | anything global on fisheries, not just thailand",
        "crewing tuna boats, not paid for months | crewing tuna boats, not paid for months",
        "stuck in factories, not allowed to leave | stuck in factories, not allowed to leave",
        "victims who are not identified | victims who are not identified",
    })
    void should_drop_only_a_clause_that_sets_something_aside(String asked, String read) {
        assertThat(QuestionWording.withoutSetAside(asked).replaceAll("\\s+", " ").strip()).isEqualTo(read);
    }
}
