package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Questions in words no record uses, or in everyday wordings, on the dev library: a paraphrase of one report is
 * answered with it; a subject the library lacks is still judged not covered.
 */
class MeaningAnswersIT extends DevLibraryCase {

    /** Questions with words no record uses that still mean reports it holds: the question, the right first ones. */
    static Stream<Arguments> questionsInOtherWords() {
        return Stream.of(
                // "sunlight" is in no record; one report is about forced labour in solar supply chains
                Arguments.of("a paraphrase answered when one report stands out in meaning",
                        "the panels on our roofs that turn sunlight into power - are they tied to camps in western "
                                + "China?", List.of("lib-c-murphy-broad-daylight-2021")),
                // "housemaids" and "Beirut" are in no record; "maids" has a synonym, Beirut is in Lebanon
                Arguments.of("a compound of two library words and a city read as its country",
                        "housemaids in Beirut who cannot leave the house", List.of("lib-c-amnesty-their-house-2019")),
                // "statisticians" is in no record; "statistics" and "statistical" are
                Arguments.of("a long word known by its root after a four-letter suffix",
                        "what methods do statisticians use to count hidden victims?",
                        List.of("lib-a-silverman-2014", "lib-a-bales-significance-2015", "lib-a-unodc-mse-nl-2017",
                                "lib-a-aic-darkfigure-2019")),
                // "ideally" and "brought out" are in no record, and name no subject the library lacks
                Arguments.of("an adverb of an everyday word and catalogue wording read as no subject",
                        "unaccompanied children on the Channel coast, ideally something UNICEF brought out",
                        List.of("lib-d-neither-safe-nor-sound-2016")),
                // "nepali" is in no record, "Nepal" is: a demonym of a country the library has is not a lack
                Arguments.of("a demonym no record writes read as its country",
                        "what happens to nepali men who go to work in Qatar",
                        List.of("lib-c-amnesty-dark-side-2013", "lib-c-amnesty-ugly-side-2016")),
                // "critcal" is one letter from "critical"; an everyday or short word is never corrected
                Arguments.of("a misspelt long word read as the library term it is one letter from",
                        "a critcal look at technology against trafficking", List.of("lib-d-atr-hope-and-hype-2020")),
                // the stemmer cuts "unacompanied" to "unacompany" but keeps the word it knows, "unaccompanied",
                // whole: the misspelling is one letter from the record's word only as written
                Arguments.of("a misspelling the stemmer cuts read as the whole word it is one letter from",
                        "what happens to unacompanied children", List.of("lib-d-neither-safe-nor-sound-2016")),
                // no record writes "PTSD"; the field's acronym is searched as the words the records use (the two
                // reviews and the Nepal study all measure anxiety, depression and post-traumatic stress)
                Arguments.of("a field acronym no record writes read as its full form",
                        "depression, anxiety and PTSD among people who survived trafficking",
                        List.of("lib-d-ottisova-update-2016", "lib-d-oram-sysreview-2012",
                                "lib-d-tsutsumi-nepal-2008")),
                // "how-to" is in no record: a kind of document, a guide
                Arguments.of("a document word no record uses read as the kind of document it names",
                        "is there an official how-to on what big UK firms must put in their yearly slavery statement "
                                + "about suppliers?", List.of("lib-c-home-office-tisc-2015")),
                // "Abuja" is in no record, but it is a place the library holds (Nigeria), named in passing
                Arguments.of("a capital named in passing read as a known place, not as a subject the library lacks",
                        "what has Abuja done to give its agency more teeth", List.of("lib-b-nigeria-tip-act-2015")),
                // both meaning models put the economics of forced labour first; BM25 prefers the global estimates,
                // which share more of the everyday words
                Arguments.of("the report both meaning models rank first when the words are the records' only in part",
                        "how much money do people make off forced workers every year?",
                        List.of("lib-a-profits-poverty-2014")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsInOtherWords")
    void should_answer_a_question_in_words_no_record_uses_with_the_reports_it_means(String shows, String question,
                                                                                  List<String> first)
            throws Exception {
        // when
        JsonNode answer = client.ask(question, AskClient.JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").get(0).path("id").asText()).isIn(first);
    }

    @Test
    void should_still_judge_a_subject_the_library_lacks_not_covered() throws Exception {
        // when (fishing crews are in the library, cruise ships are not)
        JsonNode answer = client.ask("exploitation of crew members working on cruise liners",
                AskClient.JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isTrue();
        assertThat(answer.path("answer").asText()).contains("nothing specific", "cruise");
    }

    @Test
    void should_take_a_place_no_record_names_for_a_place_the_library_lacks_not_for_a_misspelt_word() throws Exception {
        // when (no record names Iceland; it is a known place name, never a misspelling of a record's word)
        JsonNode answer = client.ask("do we have anything on human trafficking in Iceland?",
                AskClient.JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isTrue();
        assertThat(answer.path("answer").asText()).containsIgnoringCase("iceland");
    }

    @Test
    void should_say_nothing_matched_a_place_the_library_lacks_though_its_other_words_match() throws Exception {
        // when (gold mining in Peru is in the library, Mongolia is not)
        JsonNode answer = client.ask("forced labour in mining in Mongolia", AskClient.JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isTrue();
        assertThat(answer.path("answer").asText()).startsWith("Nothing on Mongolia");
    }

    @Test
    void should_read_whose_inside_a_topic_as_part_of_the_topic_not_as_asking_for_authors() throws Exception {
        // when
        JsonNode answer = client.ask("migrant workers whose passports were taken by their employers",
                AskClient.JSON.createArrayNode());
        // then: reports on the subject, not the authors of one
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").size()).isGreaterThan(1);
        assertThat(answer.path("answer").asText()).doesNotContain("was written by");
    }

    @Test
    void should_take_a_capital_city_for_its_country() throws Exception {
        // when
        JsonNode answer = client.ask("reports on Kathmandu", AskClient.JSON.createArrayNode());
        // then every cited report is on Nepal
        assertThat(answer.path("sources")).isNotEmpty();
        answer.path("sources").forEach(s -> assertThat(s.path("countries").toString()).contains("Nepal"));
    }

    @Test
    void should_list_every_report_a_person_worked_on_whatever_form_their_name_takes() throws Exception {
        // when ("Siân Oram", "S. Oram" and "Sian Oram" in the records)
        JsonNode answer = client.ask("list everything Sian Oram worked on", AskClient.JSON.createArrayNode());
        // then
        assertThat(answer.path("sources").size()).isGreaterThanOrEqualTo(3);
        answer.path("sources").forEach(s -> assertThat(s.path("authors").toString()).contains("Oram"));
    }

    @Test
    void should_judge_an_organisation_the_library_holds_nothing_by_not_covered() throws Exception {
        // when (no record names a "Bright Horizon Foundation"; one on child labour exists)
        JsonNode unknown = client.ask("reports by the Bright Horizon Foundation on child labour",
                AskClient.JSON.createArrayNode());
        JsonNode known = client.ask("reports by the Walk Free Foundation", AskClient.JSON.createArrayNode());
        // then
        assertThat(unknown.path("abstained").asBoolean()).isTrue();
        assertThat(unknown.path("answer").asText()).contains("Bright Horizon Foundation");
        assertThat(known.path("abstained").asBoolean()).isFalse();
    }
}
