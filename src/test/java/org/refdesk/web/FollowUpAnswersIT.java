package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Follow-ups on the dev library that choose among, describe, or look past the reports an earlier reply
 * cited (sent back as ids, as the web page does).
 */
class FollowUpAnswersIT extends DevLibraryCase {

    /**
     * One report answers: the cited one the question picks out, or the one past them it asks for. Columns: what
     * it shows, the earlier question, the ids its reply cited, the follow-up, the report that must come first,
     * and whether it must be the only one.
     */
    static Stream<Arguments> followUpsWithOneAnswer() {
        return Stream.of(
                // "she did" is the author's doing: another of her reports, on the new subject
                Arguments.of("looks among the cited author's other reports for the one she did",
                        "health consequences for women trafficked in Europe", List.of("lib-d-stolen-smiles-2006"),
                        "and the one she did on survivors in England?", "lib-d-oram-england-survey-2016", false),
                Arguments.of("picks the cited report its words describe", "forced labour on Thai fishing boats",
                        List.of("lib-c-hrw-hidden-chains-2018", "lib-c-ejf-pirates-slaves-2015"),
                        "which one is from an environmental organisation?", "lib-c-ejf-pirates-slaves-2015", true),
                Arguments.of("answers who made the cited report its words describe",
                        "forced labour on Thai fishing boats",
                        List.of("lib-c-hrw-hidden-chains-2018", "lib-c-ejf-pirates-slaves-2015"),
                        "who did the overfishing one?", "lib-c-ejf-pirates-slaves-2015", true),
                Arguments.of("picks the older cited report by its year", "books by Kevin Bales",
                        List.of("lib-c-bales-ending-slavery-2007", "lib-d-bales-disposable-people-1999"),
                        "which of these came out first?", "lib-d-bales-disposable-people-1999", true),
                // the library says "environmental", never "environment"
                Arguments.of("searches a word in the form the records use", "books by Kevin Bales",
                        List.of("lib-d-bales-disposable-people-1999"),
                        "has he written anything about the environment?", "lib-c-bales-blood-earth-2016", false),
                // the cited report never mentions deportation; "them" are the women it is about
                Arguments.of("searches past the cited report when 'them' are the people it is about",
                        "nigerian women trafficked to italy", List.of("lib-d-carling-nigeria-europe-2006"),
                        "and what happens to them after deportation?", "lib-d-plambech-victims-criminals-2014",
                        false),
                // the Global Reports come out every two years: the one just before 2016 is 2014
                Arguments.of("steps to the edition just before the cited one in its series",
                        "UNODC global report on migration and refugees", List.of("lib-a-glotip-2016"),
                        "and the edition just before it?", "lib-a-glotip-2014", false),
                Arguments.of("looks for a review of the cited law", "the UK Modern Slavery Act",
                        List.of("lib-b-uk-msa-2015"), "has it ever been evaluated?",
                        "lib-c-msa-independent-review-2019", false),
                // a demonym names the country the counterpart is for
                Arguments.of("looks for the counterpart in the country a demonym names",
                        "guidance for companies on supply chain statements", List.of("lib-c-home-office-tisc-2015"),
                        "is there an australian counterpart?", "lib-c-australia-msa-guidance-2019", false),
                Arguments.of("picks the cited report of the organisations a parent's initials name",
                        "scam compounds where trafficked people must commit online fraud",
                        List.of("lib-a-tip-2023", "lib-a-tip-2024", "lib-a-glotip-2024"), "which one is from the UN?",
                        "lib-a-glotip-2024", true),
                Arguments.of("reads 'that region' as the cited report's region",
                        "migrant construction workers in Qatar",
                        List.of("lib-c-amnesty-dark-side-2013"), "has the ILO looked at that region?",
                        "lib-c-ilo-tricked-trapped-2013", false),
                Arguments.of("steps back in the series a word of the cited title names", "the global slavery index",
                        List.of("lib-a-gsi-2023"), "and what did the earlier index find?", "lib-a-gsi-2018", false),
                Arguments.of("reads 'do they have' as the cited organisation's other reports",
                        "trainers' manual for border guards", List.of("lib-b-frontex-training-2012"),
                        "do they have something on children travelling through airports?", "lib-b-frontex-vega-2015",
                        false),
                Arguments.of("answers with the edition of the year asked for", "the most recent TIP report",
                        List.of("lib-a-tip-2024"), "and the 2016 one?", "lib-a-tip-2016", true),
                // "of those" does not select among the cited reports when a later set is asked for
                Arguments.of("reads 'a later set of those' as the next edition", "the global slavery index",
                        List.of("lib-a-gsi-2016"), "is there a newer edition of those figures?", "lib-a-gsi-2018",
                        false),
                Arguments.of("steps several years from the cited edition", "the TIP report on the US ranking itself",
                        List.of("lib-a-tip-2010"), "and the one three years later?", "lib-a-tip-2013", false),
                Arguments.of("finds the edition of the cited series that holds what no cited edition does",
                        "How did the State Department's annual report deal with the pandemic?",
                        List.of("lib-a-tip-2021"), "which edition was the one about social media and crypto?",
                        "lib-a-tip-2024", false),
                Arguments.of("reads 'a newer one than that' as after the cited report's year",
                        "How many people are in modern slavery worldwide?", List.of("lib-a-gems-2017"),
                        "Is there a newer estimate than that?", "lib-a-gems-2022", false),
                // "them" would otherwise point at the cited directive
                Arguments.of("starts afresh when the asker says the topic is new",
                        "what minimum penalties does EU law require for trafficking?",
                        List.of("lib-b-eu-directive-2011"), "different topic: has anyone traced online sex ads "
                                + "through the bitcoin used to pay for them?", "lib-d-portnoff-backpage-bitcoin-2017", false),
                // the State Department's "Trafficking in Persons Report" shares most of the UNODC series' name
                Arguments.of("lists the later editions of the cited report's own series",
                        "unodc global report that looks at trafficking in armed conflict", List.of("lib-a-glotip-2018"),
                        "do you have later editions", "lib-a-glotip-2024", false),
                Arguments.of("finds the first edition of the cited report's series", "the UNODC global report",
                        List.of("lib-a-glotip-2024"), "what about the very first edition of that UNODC report?",
                        "lib-a-glotip-2009", false),
                Arguments.of("drops the earlier question's place, named by a demonym, for the one asked now",
                        "GRETA's first-round report on Armenia: does it say where Armenian victims were taken?",
                        List.of("lib-b-greta-armenia-2012"), "and Georgia?", "lib-b-greta-georgia-2012", false),
                Arguments.of("looks past the cited report when asked for more than 'that one'",
                        "Indonesian crew abused on Taiwanese tuna boats", List.of("lib-c-greenpeace-seabound-2019"),
                        "what about a global overview of fishing, not just that one fleet?",
                        "lib-c-ilo-caught-at-sea-2013", false),
                // the cocoa surveys were published in 2015 and 2020: "2018/19" is the season one of them covers
                Arguments.of("picks the cited report on the season asked, not by its publication year",
                        "child labour in cocoa farming", List.of("lib-c-tulane-cocoa-2015", "lib-c-norc-cocoa-2020"),
                        "which of them is about the 2018/19 season?", "lib-c-norc-cocoa-2020", false),
                Arguments.of("looks for a review of the cited law when asked if anybody has assessed it",
                        "the UK Modern Slavery Act", List.of("lib-b-uk-msa-2015"),
                        "has anybody assessed whether it works?", "lib-c-msa-independent-review-2019", false),
                Arguments.of("reads 'there' as the cited report's country", "migrant construction workers in Qatar",
                        List.of("lib-c-amnesty-dark-side-2013"), "did Amnesty also report on domestic workers there?",
                        "lib-c-amnesty-my-sleep-2014", false),
                Arguments.of("reads 'the Georgia one' as the report on that place",
                        "GRETA's report on Armenia", List.of("lib-b-greta-armenia-2012"),
                        "and the Georgia one from that round?", "lib-b-greta-georgia-2012", false),
                // "the same group" after "for" is the girls the cited study is about, not its authors
                Arguments.of("reads 'for the same group' as the people the cited report is about",
                        "HIV among trafficked Nepali girls", List.of("lib-d-silverman-hiv-nepal-2007"),
                        "what about mental health for the same group?", "lib-d-tsutsumi-nepal-2008", false),
                // the Mekong study of children is cited; a Mekong study that covers adults comes before a worldwide
                // review that also says "adults"
                Arguments.of("keeps the conversation's place for a new subject that names none",
                        "children in post-trafficking care in the Mekong", List.of("lib-d-kiss-jama-pediatrics-2015"),
                        "is there one that covers the adults too?",
                        "health-and-human-trafficking-in-the-greater-mekong-subregion", false),
                Arguments.of("reads 'same but for' a region as the cited kind of report in that region",
                        "a European treaty on trafficking", List.of("lib-b-coe-convention-2005"),
                        "same but for southeast asia", "lib-b-asean-actip-2015", false),
                Arguments.of("reads 'as well' as no topic", "GRETA evaluation of Spain",
                        List.of("lib-b-greta-spain-2018"),
                        "is there a GRETA report on Italy as well?", "lib-b-greta-italy-2019", false),
                Arguments.of("puts the maker's reports on the cited report's subject first",
                        "global child labour estimates 2020", List.of("lib-a-childlabour-2021"),
                        "did the same organisation put out older ones?", "lib-a-childlabour-2017", false),
                // "Children" is also a shelf of the library: here it is a word to find in the cited report
                Arguments.of("looks in the cited report for a shelf's name it is asked about",
                        "forced labour in fisheries worldwide", List.of("lib-c-ilo-caught-at-sea-2013"),
                        "does it mention children?", "lib-c-ilo-caught-at-sea-2013", false),
                Arguments.of("reads 'the UK equivalent' as a report like the cited one, in the UK",
                        "how australian companies should report on modern slavery",
                        List.of("lib-c-australia-msa-guidance-2019"), "is there a UK equivalent?",
                        "lib-c-home-office-tisc-2015", false),
                Arguments.of("reads 'one … as well' as another report by the cited author",
                        "solar panels made with Uyghur forced labour", List.of("lib-c-murphy-broad-daylight-2021"),
                        "has Murphy written one about cotton as well?", "lib-c-murphy-laundering-cotton-2021", false),
                // "this" is the work asked about, not the annual report that argued for it
                Arguments.of("reads 'want to do this' as the work the earlier question was about",
                        "bringing survivors into the design of anti-trafficking services", List.of("lib-a-tip-2023"),
                        "is there a toolkit for agencies that want to do this?", "lib-d-nhttac-survivor-informed-2018",
                        false),
                Arguments.of("reads 'only about' as a report narrower than the cited one",
                        "health of survivors in post-trafficking services in the Mekong",
                        List.of("lib-d-kiss-lancet-mekong-2015"), "is there anything only about the children?",
                        "lib-d-kiss-jama-pediatrics-2015", false),
                // "Paper Orphans" holds "paper" and "children" too: the kind of document is no subject of its own
                Arguments.of("reads 'a paper just on' as a narrower report of any title, not one titled 'paper'",
                        "health of survivors in post-trafficking services in the Mekong",
                        List.of("lib-d-kiss-lancet-mekong-2015"), "is there a paper just on the children from that study?",
                        "lib-d-kiss-jama-pediatrics-2015", false),
                // a UK bulletin holds "figures" too, but only the word list reaches it
                Arguments.of("puts first a report on the new subject that the meaning search also reached",
                        "Polaris breakdown of the kinds of trafficking in the US",
                        List.of("lib-a-polaris-typology-2017"), "and the hotline figures for one single year?",
                        "lib-a-polaris-2019", false),
                // the year is the cited report's own: it says which report "that one" is, it sets no filter
                Arguments.of("reads the cited report's own year beside 'an updated edition' as no year asked for",
                        "setting up a national referral mechanism", List.of("lib-b-odihr-nrm-2004"),
                        "that one is from 2004, is there an updated edition?", "lib-b-odihr-nrm-2022", false),
                Arguments.of("reads 'the edition from the year after' as the next edition of the cited report",
                        "the State Department's trafficking report", List.of("lib-a-tip-2023"),
                        "and the edition from the year after?", "lib-a-tip-2024", false),
                Arguments.of("reads 'not just <place>' as asking past the cited report",
                        "overfishing and trafficking in Thailand", List.of("lib-c-ejf-pirates-slaves-2015"),
                        "something global on fisheries, not just Thailand", "lib-c-ilo-caught-at-sea-2013", false),
                Arguments.of("reads a new subject in the cited report's own country as the question",
                        "forced labour among foreign workers in Malaysia",
                        List.of("lib-c-verite-electronics-malaysia-2014"), "and Rohingya trafficked to Malaysia by boat?",
                        "lib-d-fortify-rights-sold-like-fish-2019", false),
                Arguments.of("reads 'the previous round' as a step back in the cited report's series",
                        "latest global numbers on child labour", List.of("lib-a-childlabour-2021"),
                        "and the previous round?", "lib-a-childlabour-2017", false),
                Arguments.of("reads 'it' in a question about the cited author as the cited report's subject",
                        "Kevin Bales' book on new slavery", List.of("lib-d-bales-disposable-people-1999"),
                        "did he write anything on how to end it?", "lib-c-bales-ending-slavery-2007", false),
                Arguments.of("puts the report about the place first when it is asked for in particular",
                        "how trafficked people get compensation", List.of("lib-b-odihr-compensation-2008"),
                        "what about Moldova in particular?", "lib-b-greta-moldova-2020", false),
                Arguments.of("reads 'up-to-date' as the newest of the reports asked for",
                        "the UN trafficking protocol", List.of("lib-b-palermo-protocol-2000"),
                        "is there an up-to-date guide to putting it into national law?",
                        "lib-b-unodc-legislative-guide-tip-2020", false),
                Arguments.of("reads 'those women' as the people the cited report is about, not the report",
                        "Nigerian women trafficked to Italy", List.of("lib-a-iom-centralmed-2017"),
                        "what happens to those women after they are deported home to Nigeria?",
                        "lib-d-plambech-victims-criminals-2014", false),
                Arguments.of("reads 'a second edition' as the next in the cited report's series",
                        "the OSCE handbook on national referral mechanisms", List.of("lib-b-odihr-nrm-2004"),
                        "is there a second edition?", "lib-b-odihr-nrm-2022", false),
                // "the drafters" are the cited convention's: notes by them are another report about it
                Arguments.of("reads 'the drafters' as the cited report's and their notes as a report about it",
                        "council of europe anti-trafficking convention", List.of("lib-b-coe-convention-2005"),
                        "did the drafters publish notes explaining what they meant?", "lib-b-coe-explanatory-2005",
                        false),
                // one measures forced labour, never a report: "that" is what the cited booklet is about
                Arguments.of("reads 'measure that' as the cited report's subject in a new setting",
                        "how do you tell if someone is in forced labour?", List.of("lib-c-ilo-indicators-2012"),
                        "ok but how would you actually measure that in a national household survey?",
                        "lib-a-ilo-hardtosee-2012", false),
                // a comparison without "than" is with the cited report: another one, more critical
                Arguments.of("reads 'a more critical take' as another report than the cited one",
                        "OSCE analysis of technology tools against trafficking with Tech Against Trafficking",
                        List.of("lib-d-osce-leveraging-innovation-2020"), "is there a more critcal take on tech?",
                        "lib-d-atr-hope-and-hype-2020", false),
                // no pronoun points back: asking for an update is a step in time from what was cited
                Arguments.of("reads 'an updated set of figures' as the next edition of the cited estimates",
                        "global estimate of how many people are in forced labour and forced marriage",
                        List.of("lib-a-gems-2017", "lib-c-global-estimates-2017"), "is there an updated set of figures?",
                        "lib-a-gems-2022", false),
                // "the latest one" is the newest of the reports asked for about it, not of the cited one's series
                Arguments.of("reads 'the latest one' after asking for reports about the cited one as the newest of "
                                + "those", "the UN trafficking protocol", List.of("lib-b-palermo-protocol-2000"),
                        "do we have guidance on putting it into domestic legislation? the latest one",
                        "lib-b-unodc-legislative-guide-tip-2020", false),
                // with no subject of its own, "more recent" is the cited report's series before any other on its topic
                Arguments.of("reads a bare 'anything more recent?' as the newest edition of the cited series",
                        "which TIP report covered the pandemic?", List.of("lib-a-tip-2021"),
                        "got anything more recent?", "lib-a-tip-2024", false),
                Arguments.of("reads 'more on that, particularly the …' as a report narrower than the cited one",
                        "forced labour in Thailand's fishing industry", List.of("lib-c-hrw-hidden-chains-2018"),
                        "more on that, particularly the seafood processing workers on shore?",
                        "lib-c-ilo-ship-to-shore-2018", false),
                Arguments.of("reads a bare 'anything earlier than those?' as the cited series' edition before them",
                        "UK referral statistics for modern slavery", List.of("lib-a-nrm-2023", "lib-a-nrm-2020"),
                        "do we hold anything earlier than those?", "lib-a-nrm-2017", false));
    }

    /**
     * Questions about the one cited report its reply must name: what it shows, the earlier question, the cited
     * report, the follow-up, and words the answer must contain.
     */
    static Stream<Arguments> questionsAboutTheCitedReport() {
        return Stream.of(
                Arguments.of("names an organisation with the acronym its record gives", "abuses on Thai fishing boats",
                        "lib-c-hrw-hidden-chains-2018", "who wrote it?", List.of("Human Rights Watch (HRW)")),
                Arguments.of("answers whose report it is with its authors and year", "the global slavery index",
                        "lib-a-gsi-2018", "whose is it, and the year?", List.of("Walk Free Foundation", "2018")),
                Arguments.of("names who is behind it when asked who's behind it", "the global slavery index",
                        "lib-a-gsi-2018", "who's behind it?", List.of("Walk Free")),
                Arguments.of("names who is behind it however the question puts it",
                        "how technology figures in child sex trafficking", "lib-d-thorn-survivor-insights-2018",
                        "who was the team behind it?", List.of("Thorn", "Vanessa Bouché")),
                // a report by Amnesty International and Afrewatch
                Arguments.of("names the other organisation behind it", "children mining cobalt",
                        "lib-c-amnesty-cobalt-drc-2016", "which other organisation took part in it?",
                        List.of("Afrewatch")),
                Arguments.of("names the lead author when asked for the first author", "health of trafficked women",
                        "lib-d-stolen-smiles-2006", "and the lead author?", List.of("Zimmerman")),
                Arguments.of("names the countries its record lists when asked where it was done",
                        "reintegration of trafficked people in the mekong region",
                        "lib-d-surtees-after-trafficking-2013",
                        "which six countries?", List.of("Cambodia", "China", "Laos", "Myanmar", "Thailand", "Vietnam")),
                Arguments.of("names the countries when asked where its interviews were done",
                        "young migrants crossing the mediterranean", "lib-d-harrowing-journeys-2017",
                        "which countries were the interviews done in?", List.of("Italy", "Greece")),
                Arguments.of("names who adopted a law", "the EU directive on trafficking", "lib-b-eu-directive-2011",
                        "who adopted this?", List.of("European Parliament")),
                Arguments.of("names the maker asked for by the kind of body it is",
                        "the UN general recommendation on trafficking of women and girls in migration",
                        "lib-e-cedaw-gr38-2020", "which committee issued it?", List.of("CEDAW")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsAboutTheCitedReport")
    void should_answer_a_question_about_the_cited_report_from_its_record(String shows, String earlier, String cited,
                                                                        String followUp, List<String> named)
            throws Exception {
        // given
        ArrayNode history = cited(earlier, cited);
        // when
        JsonNode answer = client.ask(followUp, history);
        // then
        assertThat(ids(answer)).containsExactly(cited);
        assertThat(answer.path("answer").asText()).contains(named);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("followUpsWithOneAnswer")
    void should_answer_a_follow_up_with_the_report_it_points_at(String shows, String earlier, List<String> cited,
                                                                 String followUp, String expected, boolean only)
            throws Exception {
        // given
        ArrayNode history = cited(earlier, cited.toArray(String[]::new));
        // when
        List<String> ids = ids(client.ask(followUp, history));
        // then
        assertThat(ids).first().isEqualTo(expected);
        if (only) {
            assertThat(ids).hasSize(1);
        }
    }

    @Test
    void should_give_the_year_of_each_report_a_plural_question_points_at() throws Exception {
        // given a reply citing a convention and its explanatory report
        ArrayNode history = cited("the Council of Europe anti-trafficking convention", "lib-b-coe-convention-2005",
                "lib-b-coe-explanatory-2005");
        // when
        JsonNode answer = client.ask("what year did they come out?", history);
        // then
        assertThat(ids(answer)).containsExactly("lib-b-coe-convention-2005", "lib-b-coe-explanatory-2005");
        assertThat(answer.path("answer").asText()).contains("2005 [1]", "2005 [2]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questionsAboutWhatTheReplySaid")
    void should_answer_from_the_cited_report_when_the_question_says_the_victims_the_reply_counted(String followUp)
            throws Exception {
        // given a reply, in words and ids, about the victims one report counted
        ArrayNode history = AskClient.JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", "EU statistics on registered trafficking victims");
        history.addObject().put("role", "assistant")
                .put("content", "Eurostat's 2015 edition counts registered victims in EU Member States for 2010-2012 [1].")
                .withArray("sources").add("lib-a-eurostat-2015");
        // when
        List<String> ids = ids(client.ask(followUp, history));
        // then
        assertThat(ids).containsExactly("lib-a-eurostat-2015");
    }

    @Test
    void should_answer_with_the_report_the_reply_named_in_passing_when_the_question_asks_for_it() throws Exception {
        // given a reply citing GRETA's evaluation that names the Act it reviews, uncited
        ArrayNode history = AskClient.JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", "what did GRETA say about the UK?");
        history.addObject().put("role", "assistant")
                .put("content", "GRETA's second evaluation of the United Kingdom (2016) reviews the Modern Slavery Act "
                        + "2015 and the Scottish and Northern Irish statutes [1].")
                .withArray("sources").add("lib-b-greta-uk-2016");
        // when
        List<String> ids = ids(client.ask("is the 2015 Act itself in the library?", history));
        // then
        assertThat(ids).first().isEqualTo("lib-b-uk-msa-2015");
    }

    /**
     * Replies a client sends as text only, naming or describing a report without quotes or ids: what it shows, the
     * earlier question, the reply, the follow-up, and the report that must come first.
     */
    static Stream<Arguments> bareTextReplies() {
        return Stream.of(
                Arguments.of("the title written out", "the Council of Europe trafficking treaty",
                        "The Council of Europe Convention on Action against Trafficking in Human Beings (2005) puts "
                                + "victims' rights at its centre and set up GRETA.",
                        "is there an article-by-article commentary explaining what the drafters meant?",
                        "lib-b-coe-explanatory-2005"),
                Arguments.of("the title's part before the colon", "migrant workers deceived into jobs in the Gulf",
                        "Have a look at the ILO's Tricked and Trapped study (2013), built on interviews with workers "
                                + "and recruiters across the region.",
                        "does it say anything about passports being confiscated?", "lib-c-ilo-tricked-trapped-2013"),
                // no title at all: the report whose words the reply's match clearly best is the one it is about
                Arguments.of("no title, only what the report found", "World Cup stadium workers",
                        "A 2013 report documents unpaid wages, squalid labour camps, confiscated passports and refused "
                                + "exit permits among migrant construction workers from Nepal, India and Sri Lanka.",
                        "did the same organisation also look at domestic workers?", "lib-c-amnesty-my-sleep-2014"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bareTextReplies")
    void should_read_a_bare_text_reply_as_citing_the_report_it_names_or_describes(String shows, String earlier,
            String reply, String followUp, String first) throws Exception {
        // given a client that sends the reply's text only
        ArrayNode history = AskClient.JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", earlier);
        history.addObject().put("role", "assistant").put("content", reply);
        // when
        List<String> ids = ids(client.ask(followUp, history));
        // then
        assertThat(ids).first().isEqualTo(first);
    }

    static Stream<String> questionsAboutWhatTheReplySaid() {
        return Stream.of("which nationalities were most common among the victims?",
                "what share of the victims were trafficked for labour exploitation?");
    }

    @Test
    void should_look_for_a_journal_version_of_the_cited_study_among_its_makers_articles() throws Exception {
        // given a reply citing the full report of the Mekong health study
        ArrayNode history = cited("health of people in post-trafficking services in the Mekong",
                "health-and-human-trafficking-in-the-greater-mekong-subregion");
        // when
        List<String> ids = ids(client.ask("do we have a shorter journal article version of that research?", history));
        // then one of the two articles its team published comes first, not another report on the region
        assertThat(ids).first().isIn("lib-d-kiss-lancet-mekong-2015", "lib-d-kiss-jama-pediatrics-2015");
    }

    @Test
    void should_list_the_cited_organisations_other_reports_when_asked_for_more_from_them() throws Exception {
        // given
        ArrayNode history = cited("polaris hotline statistics", "lib-a-polaris-2019");
        // when
        List<String> ids = ids(client.ask("anything more from them?", history));
        // then
        assertThat(ids).containsExactlyInAnyOrder("lib-a-polaris-typology-2017", "lib-a-ctdc-2017");
    }

    @Test
    void should_look_for_more_like_the_cited_report_an_ordinal_points_at() throws Exception {
        // given
        ArrayNode history = cited("debt bondage in India's brick kilns", "lib-c-asi-india-brick-kilns-2017",
                "lib-d-bales-disposable-people-1999");
        // when
        List<String> ids = ids(client.ask("anything similar to the first one?", history));
        // then
        assertThat(ids).doesNotContain("lib-c-asi-india-brick-kilns-2017", "lib-d-bales-disposable-people-1999")
                .containsAnyOf("lib-c-blood-bricks-2018", "lib-c-ilo-pakistan-brick-kilns-2004");
    }

    @Test
    void should_put_reports_on_other_countries_first_when_asked_for_more_like_the_cited_one_elsewhere()
            throws Exception {
        // given a UK estimate by multiple systems estimation
        ArrayNode history = cited("how many victims of modern slavery are there in the UK?", "lib-a-silverman-2014");
        // when
        JsonNode answer = client.ask("more like this, but from other countries", history);
        // then the closest report on another country comes first: Australia's estimate by the same method
        assertThat(ids(answer)).first().isEqualTo("lib-a-aic-darkfigure-2019");
        assertThat(ids(answer)).doesNotContain("lib-a-silverman-2014");
        assertThat(answer.path("answer").asText()).contains("other countries");
    }

    @Test
    void should_find_the_first_edition_of_the_cited_reports_series() throws Exception {
        // given a reply citing the newest Global Slavery Index
        ArrayNode history = cited("global slavery index", "lib-a-gsi-2023");
        // when
        JsonNode answer = client.ask("and the first edition?", history);
        // then the oldest edition the library holds comes first
        JsonNode first = answer.path("sources").get(0);
        assertThat(first.path("title").asText()).startsWith("The Global Slavery Index");
        List<Integer> editions = new ArrayList<>();
        answer.path("sources").forEach(s -> {
            if (s.path("title").asText().startsWith("The Global Slavery Index")) {
                editions.add(s.path("year").asInt());
            }
        });
        assertThat(editions).hasSizeGreaterThanOrEqualTo(2).isSorted();
    }

    @Test
    void should_leave_out_every_cited_report_when_asked_about_other_countries() throws Exception {
        // given a reply citing two reports on the same estimate for the United Kingdom
        ArrayNode history = cited("how was the UK estimate of modern slavery victims made?", "lib-a-silverman-2014",
                "lib-a-bales-significance-2015");
        // when
        JsonNode answer = client.ask("has this estimation method been used in other countries?", history);
        // then
        assertThat(ids(answer)).isNotEmpty().doesNotContain("lib-a-silverman-2014", "lib-a-bales-significance-2015");
    }

    @Test
    void should_list_the_same_authors_reports_after_the_cited_ones() throws Exception {
        // given a reply citing two books by Kevin Bales (1999, 2007)
        ArrayNode history = cited("books by Kevin Bales", "lib-d-bales-disposable-people-1999",
                "lib-c-bales-ending-slavery-2007");
        // when
        JsonNode answer = client.ask("did he write anything after those two?", history);
        // then
        assertThat(answer.path("sources")).isNotEmpty();
        answer.path("sources").forEach(s -> {
            assertThat(s.path("year").asInt()).isGreaterThan(2007);
            assertThat(s.path("authors").toString()).contains("Bales");
        });
    }

    @Test
    void should_list_what_else_the_cited_reports_organisation_put_out() throws Exception {
        // given a reply citing one Walk Free assessment
        ArrayNode history = cited("progress of governments towards SDG 8.7", "lib-a-walkfree-maf-2019");
        // when
        JsonNode answer = client.ask("what else have they put out?", history);
        // then the organisation's other reports (some name it as their authors' affiliation only)
        assertThat(ids(answer)).hasSizeGreaterThanOrEqualTo(2).doesNotContain("lib-a-walkfree-maf-2019");
        assertThat(answer.path("filters").toString()).contains("Walk Free");
    }

    @Test
    void should_list_the_earlier_editions_of_the_cited_reports_series() throws Exception {
        // given a reply citing the 2022 UNODC Global Report
        ArrayNode history = cited("unodc global report", "lib-a-glotip-2022");
        // when
        JsonNode answer = client.ask("any previous editions?", history);
        // then the editions before it lead the answer
        List<Integer> years = new ArrayList<>();
        answer.path("sources").forEach(s -> {
            if (s.path("title").asText().startsWith("Global Report on Trafficking in Persons")) {
                years.add(s.path("year").asInt());
            }
        });
        assertThat(answer.path("sources").get(0).path("title").asText())
                .startsWith("Global Report on Trafficking in Persons");
        assertThat(years).hasSizeGreaterThanOrEqualTo(2).allMatch(y -> y < 2022);
    }

    @Test
    void should_step_to_the_edition_just_before_the_cited_one_for_the_earlier_edition() throws Exception {
        // given a reply citing the 2022 UNODC Global Report
        ArrayNode history = cited("unodc global report", "lib-a-glotip-2022");
        // when
        JsonNode answer = client.ask("and the earlier edition?", history);
        // then the one before it, not the oldest
        assertThat(answer.path("sources").get(0).path("title").asText())
                .startsWith("Global Report on Trafficking in Persons");
        assertThat(answer.path("sources").get(0).path("year").asInt()).isEqualTo(2020);
    }

    @Test
    void should_look_past_the_cited_reports_for_a_subject_none_of_them_mentions() throws Exception {
        // given a reply citing two reports on Thai fishing
        ArrayNode history = cited("forced labour on Thai fishing boats", "lib-c-hrw-hidden-chains-2018",
                "lib-c-ilo-ship-to-shore-2018");
        // when
        JsonNode answer = client.ask("and for palm oil workers?", history);
        // then
        assertThat(ids(answer)).first().isEqualTo("lib-c-amnesty-palm-oil-2016");
        assertThat(ids(answer)).doesNotContain("lib-c-hrw-hidden-chains-2018", "lib-c-ilo-ship-to-shore-2018");
    }

    @Test
    void should_quote_who_made_a_report_whose_record_names_no_author() throws Exception {
        // given a reply citing a seed-page handbook listed without authors
        ArrayNode history = cited("guide for health workers",
                "caring-for-trafficked-persons-guidance-for-health-providers");
        // when
        JsonNode answer = client.ask("who produced it?", history);
        // then the abstract's own sentence about who led it is quoted
        assertThat(answer.path("answer").asText()).contains("names no author", "led by IOM");
    }

    @Test
    void should_count_more_recent_from_the_cited_reports_when_the_follow_up_names_a_place() throws Exception {
        // given a reply citing a 2006 study of women trafficked in Europe
        ArrayNode history = cited("health of women trafficked in Europe", "lib-d-stolen-smiles-2006");
        // when
        JsonNode answer = client.ask("anything more recent in England including men?", history);
        // then
        assertThat(answer.path("sources")).isNotEmpty();
        answer.path("sources").forEach(s -> assertThat(s.path("year").asInt()).isGreaterThan(2006));
        assertThat(ids(answer)).contains("lib-d-oram-england-survey-2016");
    }

    @Test
    void should_carry_the_subject_of_the_last_topic_question_past_a_question_about_who_wrote_it() throws Exception {
        // given a subject, a reply, a question about its authors and a reply to that
        ArrayNode history = cited("health consequences for women trafficked in Europe", "lib-d-stolen-smiles-2006");
        history.addObject().put("role", "user").put("content", "who did the research?");
        history.addObject().put("role", "assistant").put("content", "(text not read)").withArray("sources")
                .add("lib-d-stolen-smiles-2006");
        // when
        JsonNode answer = client.ask("anything similar but for men, in England?", history);
        // then
        assertThat(ids(answer)).first().isEqualTo("lib-d-oram-england-survey-2016");
    }

    /** A history of one question and a reply that cited {@code ids}. */
    private static ArrayNode cited(String question, String... ids) {
        ArrayNode history = AskClient.JSON.createArrayNode();
        history.addObject().put("role", "user").put("content", question);
        ObjectNode reply = history.addObject().put("role", "assistant").put("content", "(text not read)");
        for (String id : ids) {
            reply.withArray("sources").add(id);
        }
        return history;
    }
}
