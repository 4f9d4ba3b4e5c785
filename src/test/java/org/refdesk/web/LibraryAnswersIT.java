package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.refdesk.TestLibrary;

/**
 * What a user gets from {@code POST /api/ask} on the 210-record dev library: names in every form, acronyms
 * only in capitals, follow-ups resolved against the ids sent back, constraints that find nothing named in
 * the lead, counts stated truthfully.
 */
class LibraryAnswersIT extends DevLibraryCase {

    private static final ObjectMapper JSON = AskClient.JSON;

    /**
     * Errands that only seem to touch the library: what it shows, and the question. "who" is a pronoun, never
     * WHO; Cambodia is in the library, capitals are not, and only "Cambodia" brings a report close in meaning;
     * reports on Moldova use "use", none is about money.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the pronoun who is not the World Health Organization | who is the best football player in the world?",
        "a place close to a report only through its name | what's the capital of Cambodia",
        "reports on the place sharing only everyday words | what currency do they use in Moldova",
        "a name of everyday words the reports on the place hold | Who won the World Cup final in Qatar?",
        "the same name in lower case, as the reports write it | who won the world cup in qatar",
        "the name with its year, the year the reports also write | who won the 2022 World Cup final in Qatar",
        // no place at all: the reports on the World Cup sites share only the name and its year
        "an everyday name with its year and no place | which team won the 2022 World Cup final?",
        // "election" only begins as "electronic" does: the records use no form of it
        "words that only begin as the records' words do | who won the Labour party leadership election",
        // the only report filed under both is close in meaning through "UK" and "2023" alone
        "a place and a year that every report in the filter shares | what was the minimum wage in the UK in 2023?",
        // "claim" is in reports on compensation; without the place the question is close to none
        "a place named in an errand whose other words few reports hold | How do I claim back my taxi fares from "
                + "the Armenia trip?",
        // "annual" and "report" bring the UK annual reports close in meaning; a task needs the reports to hold its words
        "a task to do whose words only seem to be the library's | can you help me write my annual leave request "
                + "for HR?",
    })
    void should_abstain_on_an_errand_the_library_only_seems_to_touch(String shows, String question)
            throws Exception {
        // when
        JsonNode answer = ask(question, JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isTrue();
        assertThat(answer.path("sources")).isEmpty();
    }

    @Test
    void should_read_a_misspelt_country_as_the_place() throws Exception {
        // when: "Cambodja" is one letter from Cambodia, which the collection holds
        JsonNode answer = ask("reports on Cambodja", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources")).isNotEmpty();
        answer.path("sources").forEach(s -> assertThat(s.path("countries").toString()).contains("Cambodia"));
    }

    @Test
    void should_take_a_category_beside_a_name_as_what_is_wanted_of_them_not_as_a_filter() throws Exception {
        // when: Silverman's reports on estimation are filed under another category than Statistics
        JsonNode answer = ask("Bernard Silverman statistics", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").get(0).path("authors").toString()).contains("Silverman");
    }

    @Test
    void should_put_the_reports_of_an_organisation_named_as_a_topic_word_first() throws Exception {
        // when: "WHO" is part of the topic, not a constraint, and another organisation's fact sheet shares the words
        JsonNode answer = ask("WHO information sheet on trafficking", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").get(0).path("authors").toString()).contains("World Health Organization");
    }

    @Test
    void should_know_an_organisation_written_without_its_closing_in_persons() throws Exception {
        // when
        JsonNode answer = ask("anything by the Inter-Agency Coordination Group against Trafficking",
                JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        answer.path("sources").forEach(s -> assertThat(s.path("authors").toString())
                .contains("Inter-Agency Coordination Group against Trafficking in Persons"));
    }

    @Test
    void should_abstain_when_the_question_names_an_organisation_the_library_holds_nothing_by() throws Exception {
        // when: "Labour" is a word of the library, the Labour Party is no maker of any report
        JsonNode answer = ask("the latest figures from the Labour Party", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isTrue();
    }

    @Test
    void should_abstain_when_the_unknown_organisations_closing_word_is_written_in_lower_case() throws Exception {
        // when
        JsonNode answer = ask("what is the Labour party's policy on rail nationalisation", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isTrue();
        assertThat(answer.path("answer").asText()).contains("no report mentions “Labour party”");
    }

    @Test
    void should_not_cite_reports_on_a_place_whose_only_evidence_is_the_places_name() throws Exception {
        // when: the World Cup is in reports on Qatar; the reports on Brazil share only "Brazil" and "world"
        JsonNode answer = ask("who won the world cup in Brazil", JSON.createArrayNode());
        // then
        answer.path("sources").forEach(s -> assertThat(s.path("countries").toString()).doesNotContain("Brazil"));
        assertThat(answer.path("answer").asText()).doesNotStartWith("One report on Brazil");
    }

    @Test
    void should_list_first_the_reports_titled_by_the_kind_of_document_asked_for() throws Exception {
        // when: a guide whose abstract mentions UNODC's issue papers ranks above them on the words alone
        JsonNode answer = ask("all our UNODC issue papers", JSON.createArrayNode());
        // then
        List<String> titles = new ArrayList<>();
        answer.path("sources").forEach(s -> titles.add(s.path("title").asText()));
        assertThat(titles.subList(0, 3)).allMatch(title -> title.startsWith("Issue Paper:"));
    }

    /** Questions whose first report a reading of their words decides: what it shows, the question, the report. */
    static Stream<Arguments> questionsWithTheirFirstReport() {
        return Stream.of(
                // the explanatory report's title holds the convention's whole title
                Arguments.of("the report a question names before the one written about it",
                        "I'm reading up on the Council of Europe anti-trafficking convention from 2005",
                        "lib-b-coe-convention-2005"),
                // the graves were found in 2015, the report came out in 2019
                Arguments.of("a year something happened in as a search word, not a publication year",
                        "Rohingya held for ransom in jungle camps on the Thailand-Malaysia border and the mass graves "
                                + "found in 2015", "lib-d-fortify-rights-sold-like-fish-2019"),
                // the question never writes "re-trafficking", the records do
                Arguments.of("'trafficked a second time' as re-trafficking",
                        "why do some survivors end up trafficked a second time after they've returned home?",
                        "the-causes-and-consequences-of-re-trafficking-evidence-from-the-iom-human"),
                // "whats" and "library" shape the question, they are no topic the reports on the place lack
                Arguments.of("a place asked about in lower case with 'whats'",
                        "whats in the collection on south korea", "lib-c-amnesty-bitter-harvest-2014"),
                // the briefing is the asker's task, not a topic
                Arguments.of("a place for a country briefing",
                        "I am preparing a country briefing on Cyprus. What do we hold?", "lib-b-greta-cyprus-2020"),
                // the report filed under the region and no country of it
                Arguments.of("a region asked for as a whole", "Is there a study of the Middle East as a whole?",
                        "the-other-migrant-crisis"),
                // "week", "meetings" and "May" say why the reading is wanted
                Arguments.of("a request for reading about the place the clause before it names",
                        "Heading to Georgia for a week of meetings in May, what should I read first?",
                        "lib-b-greta-georgia-2012"),
                // the crisis of 2015-16 is when the screening happened, the evaluation came out in 2017
                Arguments.of("a season's years naming an event, not a publication year",
                        "Greece: identifying victims on the islands during the 2015-16 refugee crisis",
                        "lib-b-greta-greece-2017"),
                // a year after "published in" stays a filter, whatever the other years' reports hold
                Arguments.of("a publication year the question states", "UK referral statistics published in 2017",
                        "lib-a-nrm-2017"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsWithTheirFirstReport")
    void should_put_first_the_report_the_reading_of_the_words_decides(String shows, String question, String first)
            throws Exception {
        // when
        JsonNode answer = ask(question, JSON.createArrayNode());
        // then
        assertThat(answer.path("sources").get(0).path("id").asText()).isEqualTo(first);
    }

    @Test
    void should_still_answer_a_place_question_whose_topic_words_a_report_shares() throws Exception {
        // when
        JsonNode answer = ask("women sold as brides in China", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").get(0).path("title").asText()).contains("Brides");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "is there anything involving Taiwan? | Taiwan",
        // "set in" says which place, and the place is misspelt
        "anything set in the Phillipines | Philippines",
        // a short place name with its letters out of order
        "what do you have on lybia | Libya",
    })
    void should_read_wording_around_a_place_as_no_topic(String question, String place) throws Exception {
        // when
        JsonNode answer = ask(question, JSON.createArrayNode());
        // then every report cited is filed under the place
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").size()).isGreaterThanOrEqualTo(2);
        answer.path("sources").forEach(s -> assertThat(s.path("countries").toString()).contains(place));
    }

    @Test
    void should_leave_out_what_the_question_sets_aside() throws Exception {
        // when: books held, reports set aside, in words of a library ("hold") and of emphasis ("real")
        JsonNode answer = ask("which books do we hold - real books, not reports?", JSON.createArrayNode());
        // then books are listed, and no report is
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").size()).isGreaterThanOrEqualTo(5);
        answer.path("sources").forEach(s -> assertThat(s.path("title").asText()).doesNotContainIgnoringCase("report"));
    }

    @Test
    void should_answer_places_offered_as_alternatives_with_reports_on_either() throws Exception {
        // when
        JsonNode answer = ask("reports on Nigeria or Ghana", JSON.createArrayNode());
        // then each report is on one of them, and not only those on both
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        List<String> countries = new ArrayList<>();
        answer.path("sources").forEach(s -> countries.add(s.path("countries").toString()));
        assertThat(countries).hasSizeGreaterThanOrEqualTo(3)
                .allMatch(c -> c.contains("Nigeria") || c.contains("Ghana"))
                .anyMatch(c -> !(c.contains("Nigeria") && c.contains("Ghana")));
    }

    @Test
    void should_answer_from_the_whole_library_when_a_bare_year_finds_only_weaker_reports_and_say_so() throws Exception {
        // when: "2015" may be when the graves were found; the reports published in 2015 are about other things
        JsonNode answer = ask("Rohingya kept in jungle camps by the Thai-Malaysian border, graves 2015",
                JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("answer").asText()).startsWith("Nothing from 2015 matched closely");
        assertThat(answer.path("sources").get(0).path("id").asText())
                .isEqualTo("lib-d-fortify-rights-sold-like-fish-2019");
    }

    @Test
    void should_answer_a_place_question_whose_only_words_no_record_uses_are_everyday_ones() throws Exception {
        // when: "honestly" is in no record, and no report holds the other words more than the rest
        JsonNode answer = ask("looking for Nepal-specific numbers on how many victims there honestly are",
                JSON.createArrayNode());
        // then the place the reports are filed under is what they share with the question
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").get(0).path("countries").toString()).contains("Nepal");
    }

    @Test
    void should_answer_a_paraphrase_whose_words_no_record_uses_when_both_models_set_a_short_series_apart()
            throws Exception {
        // when: no record writes "arenas", "football" or "tournament"; two reports on the World Cup sites are far
        // nearer in meaning than any other, by each model's own measure
        JsonNode answer = ask("did the men building the arenas for the Qatar football tournament get paid?",
                JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        answer.path("sources").forEach(s -> assertThat(s.path("title").asText()).contains("World Cup"));
    }

    @Test
    void should_say_the_library_lacks_a_subject_only_the_place_sets_a_pair_of_reports_apart_for() throws Exception {
        // when: the two reports on India are the nearest by the primary model; the companion finds others as near
        JsonNode answer = ask("child labour in mica mines in India", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isTrue();
        assertThat(answer.path("answer").asText()).contains("no report mentions “mica”");
    }

    @Test
    void should_list_first_the_reports_published_in_a_year_asked_for_alone() throws Exception {
        // when: the 2023 referral statistics came out in 2024, their title names 2023
        JsonNode answer = ask("what reports were released in 2023?", JSON.createArrayNode());
        // then
        List<Integer> years = new ArrayList<>();
        answer.path("sources").forEach(s -> years.add(s.path("year").asInt()));
        assertThat(years).contains(2023, 2024);
        assertThat(years.lastIndexOf(2023)).isLessThan(years.indexOf(2024));
    }

    @Test
    void should_find_a_person_in_every_form_the_library_writes_the_name() throws Exception {
        // when
        JsonNode answer = ask("what has Zimmerman written?", JSON.createArrayNode());
        // then
        List<String> authors = new ArrayList<>();
        answer.path("sources").forEach(s -> s.path("authors").forEach(a -> authors.add(a.asText())));
        assertThat(answer.path("sources").size()).isGreaterThanOrEqualTo(5);
        assertThat(authors).contains("Cathy Zimmerman", "Zimmerman, C.", "C. Zimmerman");
        answer.path("sources").forEach(s -> assertThat(s.path("authors").toString()).contains("Zimmerman"));
    }

    @Test
    void should_resolve_the_second_one_against_the_ids_the_last_reply_cited() throws Exception {
        // given an earlier answer that cited several reports, sent back with its ids
        String first = "women from Myanmar forced into marriage in China";
        JsonNode earlier = ask(first, JSON.createArrayNode());
        assertThat(earlier.path("sources").size()).isGreaterThanOrEqualTo(2);
        ArrayNode history = JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", first);
        ObjectNode reply = history.addObject().put("role", "assistant").put("content", "(text not read)");
        earlier.path("sources").forEach(s -> reply.withArray("sources").add(s.path("id").asText()));
        // when
        JsonNode answer = ask("who wrote the second one?", history);
        // then
        assertThat(answer.path("sources")).hasSize(1);
        assertThat(answer.path("sources").get(0).path("id").asText())
                .isEqualTo(earlier.path("sources").get(1).path("id").asText());
    }

    @Test
    void should_answer_a_follow_up_on_other_countries_with_reports_beyond_the_cited_report_s_country()
            throws Exception {
        // given an answer that cited the UK multiple systems estimate, sent back with its id
        ArrayNode history = afterCiting("the multiple systems estimate of UK modern slavery", "lib-a-silverman-2014");
        // when
        JsonNode answer = ask("has that method been used in other countries?", history);
        // then the first report is on somewhere other than the United Kingdom alone
        assertThat(answer.path("sources")).isNotEmpty();
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("id").asText()).isNotEqualTo("lib-a-silverman-2014");
        assertThat(first.path("countries").toString()).isNotEqualTo("[\"United Kingdom\"]");
    }

    @Test
    void should_put_first_a_report_on_the_new_subject_of_a_more_like_this_but_follow_up() throws Exception {
        // given an answer that cited a study of women survivors' mental health, sent back with its id
        ArrayNode history = afterCiting("Mental health of women survivors in Moldova", "lib-d-abas-moldova-2013");
        // when
        JsonNode answer = ask("more like this please, but about men", history);
        // then the first report's own text is about men too
        assertThat(answer.path("sources")).isNotEmpty();
        String id = answer.path("sources").get(0).path("id").asText();
        JsonNode record = JSON.readTree(library.get("/api/publications/" + id).body());
        assertThat((record.path("title").asText() + " " + record.path("abstract").asText()).toLowerCase())
                .containsPattern("\\b(men|male)\\b");
    }

    @Test
    void should_answer_a_task_whose_subject_the_reports_hold() throws Exception {
        // when (a policy for "our" supply chain is no errand of the asker's own: reading on the subject is wanted)
        JsonNode answer = ask("can you help me draft a policy on forced labour in our supply chain?",
                JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources")).isNotEmpty();
    }

    @Test
    void should_list_a_person_s_reports_when_the_question_asks_for_her_studies() throws Exception {
        // when ("studies" is a document word, not a topic the person's reports must hold)
        JsonNode answer = ask("Rebecca Surtees - which of her studies do we hold?", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources")).isNotEmpty();
        answer.path("sources").forEach(s -> assertThat(s.path("authors").toString()).contains("Surtees"));
    }

    @Test
    void should_say_which_constraint_found_nothing_and_offer_the_closest_reports() throws Exception {
        // when the library holds TIP reports, but none from 2022
        JsonNode answer = ask("Do you have the 2022 TIP report?", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isTrue();
        assertThat(answer.path("answer").asText()).startsWith("Nothing from 2022 matched");
        assertThat(answer.path("sources")).isNotEmpty();
    }

    @Test
    void should_answer_from_the_edition_that_meets_the_constraint_though_its_record_never_writes_the_acronym()
            throws Exception {
        // when the library's 2021 TIP report calls itself only "Trafficking in Persons Report 2021"
        JsonNode answer = ask("Is the 2021 TIP report in the library?", JSON.createArrayNode());
        // then it is the answer, not "nothing from 2021"
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("answer").asText()).doesNotStartWith("Nothing");
        assertThat(answer.path("sources").get(0).path("title").asText())
                .isEqualTo("Trafficking in Persons Report 2021");
        answer.path("sources").forEach(s -> assertThat(s.path("year").asInt()).isBetween(2019, 2021));
    }

    @Test
    void should_state_the_count_of_a_list_truthfully() throws Exception {
        // when
        JsonNode answer = ask("What do we have on Thailand?", JSON.createArrayNode());
        // then the lead names as many reports as match, and at most eight are cited
        String lead = answer.path("answer").asText();
        int stated = Integer.parseInt(lead.replaceAll("^(\\d+) reports.*", "$1"));
        assertThat(stated).isGreaterThanOrEqualTo(answer.path("sources").size());
        assertThat(answer.path("sources").size()).isBetween(2, 8);
        answer.path("sources").forEach(s -> assertThat(s.path("countries").toString()).contains("Thailand"));
    }

    @Test
    void should_answer_a_long_history_of_bare_user_turns() throws Exception {
        // given a client that sends only the user's earlier questions
        ArrayNode history = JSON.createArrayNode();
        for (String q : List.of("forced labour in fishing", "anything on Thailand?", "debt bondage in brick kilns")) {
            history.addObject().put("role", "user").put("content", q);
        }
        // when
        JsonNode answer = ask("who wrote it?", history);
        // then the reply to the last question is recomputed once and the follow-up resolves against it
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources")).hasSize(1);
        assertThat(answer.path("answer").asText()).contains("written by");
    }

    @Test
    void should_look_beyond_the_cited_reports_when_a_follow_up_names_a_year_none_of_them_has() throws Exception {
        // given an answer citing recent editions of a series
        ArrayNode history = conversation("global slavery index");
        // when
        JsonNode answer = ask("what about the 2016 edition?", history);
        // then the same series, that year
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("year").asInt()).isEqualTo(2016);
        assertThat(first.path("title").asText()).contains("Global Slavery Index");
    }

    @Test
    void should_step_to_the_next_year_after_the_cited_report() throws Exception {
        // given an answer citing the 2020 TIP report
        String question = "the TIP report that looked back over twenty years";
        JsonNode earlier = ask(question, JSON.createArrayNode());
        int cited = earlier.path("sources").get(0).path("year").asInt();
        ArrayNode history = conversation(question, earlier);
        // when
        JsonNode answer = ask("and the next year's report?", history);
        // then the nearest later edition comes first
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("year").asInt()).isEqualTo(cited + 1);
        assertThat(first.path("title").asText()).contains("Trafficking in Persons Report");
    }

    @Test
    void should_step_several_years_from_the_cited_edition() throws Exception {
        // given an answer citing the 2016 Global Slavery Index
        ArrayNode history = conversation("the Global Slavery Index 2016");
        // when
        JsonNode answer = ask("and the one from two years later?", history);
        // then the edition of 2018 comes first, not the one cited nor the newest
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("year").asInt()).isEqualTo(2018);
        assertThat(first.path("title").asText()).contains("Global Slavery Index");
    }

    @Test
    void should_name_the_authors_when_asked_who_they_were() throws Exception {
        // given an answer citing one study
        ArrayNode history = conversation("Stolen Smiles report on women trafficked in Europe");
        // when
        JsonNode answer = ask("who were the authors?", history);
        // then the reply is about its makers, not another summary of it
        assertThat(answer.path("sources")).hasSize(1);
        assertThat(answer.path("answer").asText()).contains("Zimmerman");
    }

    @Test
    void should_replace_the_earlier_place_when_a_follow_up_names_another() throws Exception {
        // given an answer on child trafficking in Europe
        ArrayNode history = conversation("UNICEF study on child trafficking in Europe");
        // when
        JsonNode answer = ask("and in West Africa?", history);
        // then
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("regions").toString() + first.path("countries")).contains("West");
        assertThat(first.path("title").asText()).containsIgnoringCase("child");
    }

    @Test
    void should_list_the_other_reports_of_the_same_author() throws Exception {
        // given an answer citing one book
        ArrayNode history = conversation("Do we have Disposable People?");
        String cited = history.get(1).path("sources").get(0).asText();
        // when
        JsonNode answer = ask("what else by the same author?", history);
        // then that author's other reports, on any subject
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").size()).isGreaterThanOrEqualTo(2);
        answer.path("sources").forEach(s -> {
            assertThat(s.path("authors").toString()).contains("Bales");
            assertThat(s.path("id").asText()).isNotEqualTo(cited);
        });
    }

    @Test
    void should_list_the_other_reports_of_the_organisation_a_follow_up_points_at_not_of_the_first_author()
            throws Exception {
        // given an answer citing only a paper a researcher wrote for a foundation
        String cited = "lib-c-skrivankova-continuum-2010";
        ArrayNode history = AskClient.JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", "the continuum between decent work and forced labour");
        history.addObject().put("role", "assistant").put("content", "(text not read)").putArray("sources").add(cited);
        // when
        JsonNode answer = ask("did that foundation publish anything else?", history);
        // then the foundation's other reports, whoever wrote them
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").toString()).contains("lib-c-jrf-status-matters-2011");
        answer.path("sources").forEach(s -> {
            assertThat(s.path("authors").toString()).contains("Joseph Rowntree Foundation");
            assertThat(s.path("id").asText()).isNotEqualTo(cited);
        });
    }

    @Test
    void should_look_for_other_reports_about_the_report_cited() throws Exception {
        // given an answer citing a law
        ArrayNode history = conversation("do we have the text of the Modern Slavery Act 2015?");
        String cited = history.get(1).path("sources").get(0).asText();
        // when
        JsonNode answer = ask("has anyone reviewed how well it works in practice?", history);
        // then a report about the law, not the law again
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("id").asText()).isNotEqualTo(cited);
        assertThat(first.path("title").asText()).contains("Modern Slavery Act").containsIgnoringCase("review");
    }

    @Test
    void should_find_the_other_one_in_the_reply_before_a_narrowing_one() throws Exception {
        // given an answer citing two reports, then a reply about the second alone
        ArrayNode history = conversation("women from Myanmar forced into marriage in China");
        JsonNode cited = history.get(1).path("sources");
        assertThat(cited.size()).isGreaterThanOrEqualTo(2);
        history.addObject().put("role", "user").put("content", "tell me more about the second one");
        history.addObject().put("role", "assistant").put("content", "(text not read)").putArray("sources")
                .add(cited.get(1).asText());
        // when
        JsonNode answer = ask("and the other one? who did it?", history);
        // then
        assertThat(answer.path("sources")).hasSize(1);
        assertThat(answer.path("sources").get(0).path("id").asText()).isEqualTo(cited.get(0).asText());
    }

    @Test
    void should_pick_a_report_cited_a_reply_earlier_by_the_country_a_follow_up_names() throws Exception {
        // given a reply citing brick-kiln reports from India and Pakistan, then a reply about Cambodia alone
        ArrayNode history = JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", "bonded labour in brick kilns in south asia");
        history.addObject().put("role", "assistant").put("content", "(text not read)").putArray("sources")
                .add("lib-c-asi-india-brick-kilns-2017").add("lib-c-ilo-pakistan-brick-kilns-2004");
        history.addObject().put("role", "user").put("content", "and in cambodia?");
        history.addObject().put("role", "assistant").put("content", "(text not read)").putArray("sources")
                .add("lib-c-blood-bricks-2018");
        // when
        JsonNode answer = ask("who published the Indian one?", history);
        // then
        assertThat(answer.path("sources")).hasSize(1);
        assertThat(answer.path("sources").get(0).path("id").asText()).isEqualTo("lib-c-asi-india-brick-kilns-2017");
    }

    @Test
    void should_pick_a_report_cited_a_reply_earlier_by_the_maker_a_follow_up_names() throws Exception {
        // given a reply citing NORC's cocoa survey, then a reply citing the older Tulane survey alone
        ArrayNode history = JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", "child labour on cocoa farms in Ivory Coast");
        history.addObject().put("role", "assistant").put("content", "(text not read)").putArray("sources")
                .add("lib-c-norc-cocoa-2020");
        history.addObject().put("role", "user").put("content", "anything older?");
        history.addObject().put("role", "assistant").put("content", "(text not read)").putArray("sources")
                .add("lib-c-tulane-cocoa-2015");
        // when the question asks about neither by title, only by who made one of them
        JsonNode answer = ask("who paid for the NORC one?", history);
        // then it answers from that report, whose abstract says who funded it
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources")).hasSize(1);
        assertThat(answer.path("sources").get(0).path("id").asText()).isEqualTo("lib-c-norc-cocoa-2020");
        assertThat(answer.path("answer").asText()).contains("Department of Labor");
    }

    @Test
    void should_count_older_from_the_cited_report_that_a_demonstrative_names() throws Exception {
        // given a reply citing the Palermo Protocol (2000) and UNODC's legislative guide to it (2020)
        ArrayNode history = JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", "anything on the Palermo Protocol?");
        history.addObject().put("role", "assistant").put("content", "(text not read)").putArray("sources")
                .add("lib-b-palermo-protocol-2000").add("lib-b-unodc-legislative-guide-tip-2020");
        // when
        JsonNode answer = ask("is there an older version of that guide?", history);
        // then "older" counts from the guide, not from the protocol it was cited with
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(ids(answer).get(0)).isEqualTo("lib-b-unodc-legislative-guides-2004");
    }

    @Test
    void should_not_put_first_an_organisation_whose_name_the_question_uses_as_a_word() throws Exception {
        // when "anti-slavery" describes a statement, not Anti-Slavery International (a report on brick kilns)
        JsonNode answer = ask("what must a company put in its yearly anti-slavery statement?", JSON.createArrayNode());
        // then the reports on those statements lead
        List<String> ids = ids(answer);
        assertThat(ids.get(0)).isNotEqualTo("lib-c-asi-india-brick-kilns-2017");
        assertThat(ids.subList(0, 3)).containsAnyOf("lib-c-home-office-tisc-2015", "lib-c-australia-msa-guidance-2019");
    }

    @Test
    void should_find_an_annual_report_by_the_year_it_covers_though_published_the_next() throws Exception {
        // when the 2017 statistics came out in 2018
        JsonNode answer = ask("UK NRM figures for 2017", JSON.createArrayNode());
        // then
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("title").asText()).contains("2017").contains("Referral Mechanism");
        assertThat(first.path("year").asInt()).isEqualTo(2018);
    }

    @Test
    void should_answer_the_latest_of_a_series_with_its_newest_edition() throws Exception {
        // when the library holds TIP reports from 2004 to 2024 (and other reports on trafficking in persons)
        JsonNode answer = ask("the latest TIP report", JSON.createArrayNode());
        // then
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("title").asText()).startsWith("Trafficking in Persons Report");
        assertThat(first.path("year").asInt()).isEqualTo(2024);
    }

    @Test
    void should_match_an_acronym_in_a_text_as_written_not_as_the_start_of_a_word() throws Exception {
        // when ("ASPI" must not find "aspiring")
        JsonNode answer = ask("the ASPI report", JSON.createArrayNode());
        // then
        assertThat(answer.path("sources")).isNotEmpty();
        answer.path("sources").forEach(s -> assertThat(s.path("authors").toString())
                .contains("Australian Strategic Policy Institute"));
    }

    @Test
    void should_list_the_whole_library_by_year_for_the_oldest_publication() throws Exception {
        // when (the library's oldest record is from 1999)
        JsonNode answer = ask("What's the oldest publication in the library?", JSON.createArrayNode());
        // then oldest first, every cited one no newer than the next
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        List<Integer> years = new ArrayList<>();
        answer.path("sources").forEach(s -> years.add(s.path("year").asInt()));
        assertThat(years.get(0)).isLessThanOrEqualTo(1999);
        assertThat(years).isSorted();
    }

    @Test
    void should_list_every_edition_of_a_series_newest_first() throws Exception {
        // when the library holds eight TIP reports and the 20th edition
        JsonNode answer = ask("List every edition of the TIP Report we have.", JSON.createArrayNode());
        // then the series comes first, newest first
        List<Integer> years = new ArrayList<>();
        for (JsonNode s : answer.path("sources")) {
            if (!s.path("title").asText().startsWith("Trafficking in Persons Report")) {
                break;
            }
            years.add(s.path("year").asInt());
        }
        assertThat(years).hasSizeGreaterThanOrEqualTo(8).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void should_find_the_other_papers_of_the_cited_reports_series() throws Exception {
        // given an answer citing one of UNODC's issue papers
        ArrayNode history = conversation("UNODC issue paper on the role of consent in the trafficking protocol");
        String cited = history.get(1).path("sources").get(0).asText();
        // when
        JsonNode answer = ask("are there other papers in that series?", history);
        // then
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("id").asText()).isNotEqualTo(cited);
        assertThat(first.path("title").asText()).startsWith("Issue Paper");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an abbreviation for a word the records write out | state dept TIP report 2016 | 2016",
        "a country as its own language writes it | slavery in Brasil | ",
        "an abbreviation that only shapes the question | trafficking in greece, esp. around the islands | ",
    })
    void should_answer_a_question_written_with_words_no_record_uses_but_staff_do(String shows, String question,
                                                                                 String year) throws Exception {
        // when
        JsonNode answer = ask(question, JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources")).isNotEmpty();
        if (year != null) {
            assertThat(answer.path("sources").get(0).path("year").asInt()).isEqualTo(Integer.parseInt(year));
        }
    }

    @Test
    void should_step_to_the_previous_edition_and_say_when_it_came_out() throws Exception {
        // given an answer citing the newest global estimates
        ArrayNode history = conversation("latest global estimates of modern slavery and forced marriage");
        JsonNode cited = client.ask("latest global estimates of modern slavery and forced marriage",
                JSON.createArrayNode()).path("sources").get(0);
        // when
        JsonNode answer = ask("what was the previous estimate, and when?", history);
        // then: an earlier report, and its year in the answer
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("id").asText()).isNotEqualTo(cited.path("id").asText());
        assertThat(first.path("year").asInt()).isLessThan(cited.path("year").asInt());
        assertThat(answer.path("answer").asText()).contains(first.path("year").asText());
    }

    @Test
    void should_answer_about_the_cited_report_when_named_by_words_of_its_title() throws Exception {
        // given an answer citing a report whose title ends "… Final Report and Action Plan"
        JsonNode earlier = ask("Eurojust's strategic project on trafficking prosecutions", JSON.createArrayNode());
        assertThat(earlier.path("sources").get(0).path("title").asText()).endsWith("Action Plan");
        ArrayNode history = AskClient.conversation("Eurojust's strategic project on trafficking prosecutions", earlier);
        String cited = earlier.path("sources").get(0).path("id").asText();
        // when
        JsonNode answer = ask("which years does the action plan run for?", history);
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        assertThat(answer.path("sources").get(0).path("id").asText()).isEqualTo(cited);
    }

    @Test
    void should_put_the_report_about_the_place_first_when_the_rest_is_the_librarys_own_subject() throws Exception {
        // when: "trafficking" is in most of the library, so the question is about Mexico; the report about Mexico
        // writes it "México" in its title and shares its filing with three neighbours
        JsonNode answer = ask("What do we have on trafficking in Mexico?", JSON.createArrayNode());
        // then
        assertThat(answer.path("sources").get(0).path("id").asText()).isEqualTo("lib-a-unodc-mexico-2014");
    }

    @Test
    void should_read_the_askers_own_errand_as_no_topic_of_the_question() throws Exception {
        // when: "preparing", "briefing" and "useful" say why the question is asked, not what about
        JsonNode answer = ask("I'm preparing a briefing on Thailand, anything useful?", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        answer.path("sources").forEach(s -> assertThat(s.path("countries").toString()).contains("Thailand"));
    }

    @Test
    void should_read_a_place_asked_for_specifically_as_the_place_alone() throws Exception {
        // when: "specifically" shapes the question and says nothing of a topic no record holds
        JsonNode answer = ask("anything that covers Scotland specifically?", JSON.createArrayNode());
        // then
        assertThat(answer.path("abstained").asBoolean()).isFalse();
        answer.path("sources").forEach(s -> assertThat(s.path("countries").toString()).contains("United Kingdom"));
    }

    @Test
    void should_list_every_report_of_an_organisation_when_asked_what_it_produced() throws Exception {
        // given the dev library's reports with Walk Free among their makers
        List<String> made = devRecords(record -> record.path("authors").toString().contains("Walk Free"));
        assertThat(made).hasSizeGreaterThanOrEqualTo(5);
        // when: "produce" and "contribute" say how they made them, not what about
        JsonNode answer = ask("which publications did Walk Free produce or contribute to? list them all",
                JSON.createArrayNode());
        // then
        assertThat(listed(answer)).containsAll(made);
    }

    @Test
    void should_list_every_report_naming_the_rare_subject_of_a_list_question() throws Exception {
        // given the dev library's reports that write "Uyghur", one of them never saying "forced labour", while
        // dozens of reports say "forced labour"
        List<String> naming = devRecords(record -> (record.path("title").asText() + record.path("abstract").asText())
                .contains("Uyghur"));
        assertThat(naming).hasSizeGreaterThanOrEqualTo(3);
        // when
        JsonNode answer = ask("list all reports on Uyghur forced labour", JSON.createArrayNode());
        // then the list (the cited reports and those behind "and N more") holds each of them
        assertThat(listed(answer)).containsAll(naming);
    }

    @Test
    void should_list_every_edition_of_a_series_asked_for_by_its_publisher_and_name() throws Exception {
        // given the library's editions of the State Department's TIP report, the seed page's 20th edition among them
        List<String> editions = new ArrayList<>();
        for (int page = 0, seen = 0, total = -1; total < 0 || seen < total; page++) {
            JsonNode body = JSON.readTree(library.get("/api/publications?page=" + page).body());
            total = body.path("total").asInt();
            assertThat(body.path("items")).isNotEmpty();
            for (JsonNode item : body.path("items")) {
                seen++;
                if (item.path("title").asText().startsWith("Trafficking in Persons Report")) {
                    editions.add(item.path("id").asText());
                }
            }
        }
        assertThat(editions).hasSizeGreaterThanOrEqualTo(9);
        // when
        JsonNode answer = ask("all the US State Department Trafficking in Persons reports in the library please",
                JSON.createArrayNode());
        // then
        assertThat(listed(answer)).containsAll(editions);
    }

    /** The ids of the cited reports and of every report behind the answer's "and N more" link. */
    /** The ids of the dev library's records that {@code which} accepts. */
    private static List<String> devRecords(Predicate<JsonNode> which) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestLibrary.DEV_LIBRARY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    JsonNode record = line.isBlank() ? null : JSON.readTree(line);
                    if (record != null && which.test(record)) {
                        ids.add(record.path("id").asText());
                    }
                }
            }
        }
        return ids;
    }

    private static List<String> listed(JsonNode answer) throws Exception {
        List<String> ids = new ArrayList<>();
        answer.path("sources").forEach(s -> ids.add(s.path("id").asText()));
        if (!answer.has("more")) {
            return ids;
        }
        String href = answer.path("more").path("href").asText();
        List<String> all = new ArrayList<>();
        for (int page = 0, total = -1; total < 0 || all.size() < total; page++) {
            JsonNode body = JSON.readTree(library.get(href + "&page=" + page).body());
            total = body.path("total").asInt();
            assertThat(body.path("items")).isNotEmpty();
            body.path("items").forEach(i -> all.add(i.path("id").asText()));
        }
        return all;
    }

    private static ArrayNode conversation(String question) throws Exception {
        return client.conversation(question);
    }

    private static ArrayNode conversation(String question, JsonNode earlier) {
        return AskClient.conversation(question, earlier);
    }

    /** A history of one question and a reply that cited one report, sent back by its id. */
    private static ArrayNode afterCiting(String question, String id) {
        ArrayNode history = JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", question);
        history.addObject().put("role", "assistant").put("content", "(text not read)").withArray("sources").add(id);
        return history;
    }

    private static JsonNode ask(String question, ArrayNode history) throws Exception {
        return client.ask(question, history);
    }
}
