package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YearParserTest {

    private final YearParser parser = new YearParser();

    static Stream<Arguments> questions() {
        return Stream.of(
                Arguments.of("reports from 2017", 2017, 2017, false),
                Arguments.of("anything published before 2011?", null, 2010, false),
                Arguments.of("health reports since 2015", 2015, null, false),
                Arguments.of("what came out after 2015", 2016, null, false),
                Arguments.of("between 2010 and 2015 on Asia", 2010, 2015, false),
                Arguments.of("research 2012-2014", 2012, 2014, false),
                Arguments.of("global child labour estimates covering 2012 to 2016", 2012, 2016, false),
                Arguments.of("from 2018 onwards", 2018, null, false),
                Arguments.of("anything from 2017 on?", 2017, null, false),
                Arguments.of("migrant smuggling reports 2019 or later", 2019, null, false),
                Arguments.of("from 2016 onward", 2016, null, false),
                Arguments.of("anything from 2017 on Uzbekistan", 2017, 2017, false),
                Arguments.of("anything more up to date than 2008?", 2009, null, false),
                Arguments.of("is there one newer than the 2016 edition", 2017, null, false),
                Arguments.of("up to 2012", null, 2012, false),
                Arguments.of("recent guidance for nurses", null, null, true),
                Arguments.of("migrant smuggling in the last few years", null, null, true),
                Arguments.of("what is happening nowadays in Libya", null, null, true),
                Arguments.of("did trafficking go up after the 2015 earthquake in Nepal?", null, null, false),
                Arguments.of("trafficking risks after the 2015 Nepal earthquake", null, null, false),
                Arguments.of("Rohingya camps and the mass graves found in 2015", null, null, false),
                Arguments.of("Greece - screening for victims during the 2015-16 refugee crisis", null, null, false),
                Arguments.of("what happened to migrants after the war broke out in 2011?", null, null, false),
                Arguments.of("which one covers the 2018/19 harvest?", null, null, false),
                Arguments.of("statistics for 2018/19", 2018, 2019, false),
                Arguments.of("the 2020 UK modern slavery report", 2020, 2020, false),
                Arguments.of("the 2016 situation report of Europol", 2016, 2016, false),
                Arguments.of("the 2016 edition of the index", 2016, 2016, false),
                Arguments.of("guidance for nurses", null, null, false),
                Arguments.of("all the TIP reports from the 2010s", 2010, 2019, false),
                Arguments.of("an early TIP report from the first half of the 2000s", 2000, 2004, false),
                Arguments.of("studies from the late 1990s", 1995, 1999, false),
                Arguments.of("something from the 90s?", 1990, 1999, false),
                Arguments.of("reports from the early '00s", 2000, 2004, false),
                Arguments.of("a study of 40 workers", null, null, false),
                Arguments.of("Kevin Bales 2016 book on slavery", 2016, 2016, false),
                Arguments.of("2018 research on forced labour in fishing", 2018, 2018, false),
                // a year in a legal instrument's name names the instrument
                Arguments.of("can a victim qualify as a refugee under the 1951 Convention?", null, null, false),
                Arguments.of("what does the 2000 Palermo Protocol say about consent", null, null, false),
                Arguments.of("guidance on the Modern Slavery Act 2015", null, null, false),
                Arguments.of("the Trafficking Victims Protection Act of 2000", null, null, false),
                // two periods that meet are one range
                Arguments.of("anything from the 1990s or from the year 2000 itself", 1990, 2000, false),
                Arguments.of("reports from 2008 and 2009", 2008, 2009, false),
                // a part of a year bounds a range as the year does
                Arguments.of("task force data on cases from 2008 through mid-2010", 2008, 2010, false),
                Arguments.of("studies between early 2015 and late 2017", 2015, 2017, false));
    }

    @ParameterizedTest
    @MethodSource("questions")
    void should_read_year_ranges_from_the_question(String question, Integer from, Integer to, boolean recent) {
        YearParser.Years years = parser.parse(question);
        assertThat(years.from()).as("from").isEqualTo(from);
        assertThat(years.to()).as("to").isEqualTo(to);
        assertThat(years.recent()).as("recent").isEqualTo(recent);
    }

    @ParameterizedTest
    @MethodSource("questions")
    void should_take_the_year_words_out_of_the_search_text(String question, Integer from, Integer to, boolean recent) {
        // an event's year ("the 2015 earthquake") stays a search word; a publication year is a filter
        String rest = parser.parse(question).rest();
        if (from != null || to != null) {
            assertThat(rest).doesNotContainPattern("(18|19|20)\\d{2}");
        } else {
            assertThat(rest.replaceAll("\\D", "")).isEqualTo(question.replaceAll("\\D", ""));
        }
    }

    /** Years that may be what a question is about rather than when a report came out, and years that may not. */
    static Stream<Arguments> bareYears() {
        return Stream.of(
                Arguments.of("Rohingya camps on the Thai-Malaysian border, mass graves 2015", true),
                Arguments.of("trafficking along the Balkan route in 2015", true),
                Arguments.of("UK NRM statistics for 2017", true),
                Arguments.of("anything published in 2015 on fishing?", false),
                Arguments.of("the Global Slavery Index 2014 edition", false),
                Arguments.of("what did we receive from 2002 about children?", false),
                Arguments.of("anything published before 2000 about slavery?", false),
                Arguments.of("books from the 1990s", false));
    }

    @ParameterizedTest
    @MethodSource("bareYears")
    void should_tell_a_year_written_alone_from_a_publication_year(String question, boolean bare) {
        assertThat(parser.parse(question).bare()).isEqualTo(bare);
    }
}
