package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class MentionCuesTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("reports on nepal", Mention.Kind.PLACE, "nepal", true),
                Arguments.of("trafficking in nepal", Mention.Kind.PLACE, "nepal", true),
                Arguments.of("nepal health study", Mention.Kind.PLACE, "nepal", false),
                Arguments.of("and the georgia one from the same round?", Mention.Kind.PLACE, "georgia", true),
                Arguments.of("published by unodc", Mention.Kind.ORGANISATION, "unodc", true),
                Arguments.of("zimmerman's work on health", Mention.Kind.PERSON, "zimmerman", true),
                Arguments.of("what has zimmerman written", Mention.Kind.PERSON, "zimmerman", true),
                Arguments.of("papers where oram is the lead author", Mention.Kind.PERSON, "oram", true),
                Arguments.of("laura murphy, sheffield hallam - what of hers is in here?", Mention.Kind.PERSON,
                        "laura murphy", true),
                Arguments.of("hrw on domestic workers", Mention.Kind.ORGANISATION, "hrw", true),
                Arguments.of("ilo indicators of forced labour", Mention.Kind.ORGANISATION, "ilo", false),
                Arguments.of("health consequences of trafficking", Mention.Kind.CATEGORY, "health", false),
                Arguments.of("reports in the health category", Mention.Kind.CATEGORY, "health", true),
                Arguments.of("everything cathy zimmerman worked on", Mention.Kind.PERSON, "cathy zimmerman", true),
                Arguments.of("Kevin Bales?", Mention.Kind.PERSON, "Kevin Bales", true),
                Arguments.of("the EJF investigation", Mention.Kind.ORGANISATION, "EJF", true),
                Arguments.of("the walk free survey of 2016", Mention.Kind.ORGANISATION, "walk free", true),
                Arguments.of("everything that covers nepal", Mention.Kind.PLACE, "nepal", true),
                Arguments.of("everything filed under qatar", Mention.Kind.PLACE, "qatar", true),
                // a place that opens an institution's name is part of the name, not the place its reports cover
                Arguments.of("reports from the us state department", Mention.Kind.PLACE, "us", false),
                Arguments.of("guidance from the uk home office", Mention.Kind.PLACE, "uk", false));
    }

    @ParameterizedTest
    @MethodSource("twice")
    void should_take_a_name_written_twice_as_a_constraint_when_either_place_is_worded_as_one(String text,
                                                                                         boolean constraint) {
        // given the mention where the question writes the name last, as the vocabulary reports it
        int start = text.lastIndexOf("vietnam");
        Mention mention = new Mention(Mention.Kind.PLACE, "Vietnam", List.of("Vietnam"), List.of("Vietnam"), start,
                start + "vietnam".length());
        // when / then
        assertThat(MentionCues.explicit(mention, text)).isEqualTo(constraint);
    }

    /** A place right before a capitalised name says whose the name is, unless the whole question is capitalised. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "list every edition of the US Trafficking in Persons report we hold | US | true",
        "what does the UK Modern Slavery Act require | UK | true",
        "reports on the US | US | false",
        "trafficking in the US since 2015 | US | false",
        "Reports On The US Tier Rankings | US | false",
    })
    void should_read_a_place_before_a_capitalised_name_as_part_of_the_name(String text, String name, boolean opens) {
        // given
        int start = text.indexOf(name);
        Mention mention = new Mention(Mention.Kind.PLACE, name, List.of(name), List.of(), start, start + name.length());
        // when / then
        assertThat(MentionCues.opensName(mention, text)).isEqualTo(opens);
    }

    static Stream<Arguments> twice() {
        return Stream.of(
                Arguments.of("a briefing on vietnam - everything with vietnam victims", true),
                Arguments.of("vietnam supply chains and vietnam victims", false));
    }

    @ParameterizedTest
    @MethodSource("wordings")
    void should_take_a_name_as_a_constraint_only_when_worded_as_one(String text, Mention.Kind kind, String name,
                                                                   boolean constraint) {
        // given
        int start = text.indexOf(name);
        Mention mention = new Mention(kind, name, List.of(name), List.of(), start, start + name.length());
        // when / then
        assertThat(MentionCues.explicit(mention, text)).isEqualTo(constraint);
    }
}
