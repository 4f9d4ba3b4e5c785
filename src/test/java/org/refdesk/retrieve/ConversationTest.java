package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.refdesk.library.Publication;

class ConversationTest {

    private static final Publication NESTED = report("p1",
            "Between \"Victims\" and \"Criminals\": Rescue, Deportation, and Everyday Violence");
    private static final Publication PLAIN = report("p2", "Caught at Sea: Forced Labour and Trafficking in Fisheries");
    private static final Map<String, Publication> BY_TITLE = Map.of(NESTED.title(), NESTED, PLAIN.title(), PLAIN);

    private final Conversation conversation = new Conversation();

    @Test
    void should_find_a_title_in_curly_quotes_that_holds_straight_quotes_when_a_reply_carries_no_ids() {
        // given a bare-text reply naming two reports
        List<Turn> history = List.of(new Turn("user", "deportation of Nigerian women"), new Turn("assistant",
                "“" + NESTED.title() + "” (2014) follows women home; see also \"" + PLAIN.title() + "\"."));
        // when
        List<Publication> cited = conversation.lastCited(history, byTitles(BY_TITLE));
        // then
        assertThat(cited).containsExactly(NESTED, PLAIN);
    }

    @Test
    void should_find_a_title_the_reply_writes_in_passing_within_a_longer_run_of_names() {
        // given a reply that names a report without quotes, followed by other names
        Publication act = report("msa", "Modern Slavery Act 2015");
        List<Turn> history = List.of(new Turn("user", "GRETA on the UK"), new Turn("assistant",
                "The evaluation reviews the Modern Slavery Act 2015 and the Scottish and Northern Irish statutes."));
        // when
        List<Publication> named = conversation.namedInReply(history, byTitles(Map.of(act.title(), act)));
        // then
        assertThat(named).containsExactly(act);
    }

    @Test
    void should_take_the_first_report_a_bare_text_reply_writes_out_without_quotes_as_cited() {
        // given a reply without ids or quotes that names two reports
        List<Turn> history = List.of(new Turn("user", "fishing"), new Turn("assistant",
                "The " + PLAIN.title() + " study (2013) reviews the sector; the " + NESTED.title() + " book differs."));
        // when
        List<Publication> cited = conversation.lastCited(history, byTitles(BY_TITLE));
        // then
        assertThat(cited).containsExactly(PLAIN);
    }

    @Test
    void should_take_the_report_a_bare_text_reply_describes_but_not_after_a_reply_sent_with_no_ids() {
        // given a lookup that finds the fishing report from a reply's words
        ReportLookup lookup = new ReportLookup(id -> Optional.empty(), title -> Optional.empty(),
                start -> Optional.empty(), text -> text.contains("fishers") ? Optional.of(PLAIN) : Optional.empty());
        String reply = "A 2013 review shows how fishers at sea are held by debt.";
        List<Turn> bare = List.of(new Turn("user", "fishing"), new Turn("assistant", reply));
        List<Turn> citedNothing = List.of(new Turn("user", "fishing"), new Turn("assistant", reply, List.of()));
        // when / then
        assertThat(conversation.lastCited(bare, lookup)).containsExactly(PLAIN);
        assertThat(conversation.lastCited(citedNothing, lookup)).isEmpty();
    }

    /** Replies without ids or quotes: what it shows, the report's title, the reply, whether it cites the report. */
    static Stream<Arguments> bareTextReplies() {
        return Stream.of(
                Arguments.of("a title with a comma, written out",
                        "ASEAN Convention against Trafficking in Persons, Especially Women and Children",
                        "Yes - the ASEAN Convention against Trafficking in Persons, Especially Women and Children, "
                                + "signed in Kuala Lumpur in 2015.", true),
                Arguments.of("a title with an ordinal, written out", "Trafficking in Persons Report 20th Edition",
                        "That would be the Trafficking in Persons Report 20th Edition, released in 2020.", true),
                Arguments.of("a title by its part before the colon",
                        "Ship to Shore Rights: Baseline Research Findings on Fishers",
                        "The best source is the ILO's Ship to Shore Rights baseline research (2018), which surveyed "
                                + "434 fishers.", true),
                Arguments.of("a two-word title before the colon, dated in brackets",
                        "Disposable People: New Slavery in the Global Economy",
                        "In Disposable People (1999) Kevin Bales argues that a new form of slavery has emerged.", true),
                Arguments.of("not two capitalised words without a date", "Disposable People: New Slavery",
                        "Disposable People are those the economy discards, the author argues.", false),
                // the part before the colon is only the start of the name the reply writes
                Arguments.of("not the start of a longer name", "Modern Slavery Act Review: An Estimate",
                        "The Modern Slavery Act Review Board met in 2019.", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bareTextReplies")
    void should_take_the_report_a_bare_text_reply_names_as_cited(String shows, String title, String reply,
                                                                 boolean cites) {
        // given
        Publication report = report("p3", title);
        List<Turn> history = List.of(new Turn("user", "a question"), new Turn("assistant", reply));
        // when
        List<Publication> cited = conversation.lastCited(history, byTitles(Map.of(title, report)));
        // then
        assertThat(cited).isEqualTo(cites ? List.of(report) : List.of());
    }

    @Test
    void should_give_the_last_reply_with_the_question_before_it_as_the_last_exchange() {
        // given
        List<Turn> history = List.of(new Turn("user", "first question"), new Turn("assistant", "first reply"),
                new Turn("user", "second question"), new Turn("assistant", "second reply"));
        // when
        String said = conversation.lastExchange(history);
        // then
        assertThat(said).isEqualTo("second question second reply");
        assertThat(conversation.lastExchange(List.of(new Turn("user", "only a question")))).isEmpty();
    }

    /** Looks reports up by whole title and, like the index, by the one title whose part before the colon is asked. */
    private static ReportLookup byTitles(Map<String, Publication> byTitle) {
        return new ReportLookup(id -> Optional.empty(), title -> Optional.ofNullable(byTitle.get(title)),
                start -> {
                    List<Publication> found = byTitle.values().stream()
                            .filter(p -> p.title().toLowerCase().startsWith(start.toLowerCase() + ":")).toList();
                    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
                }, text -> Optional.empty());
    }

    private static Publication report(String id, String title) {
        return new Publication(id, title, "An abstract.", List.of(), List.of(), List.of(), List.of(), 2014,
                "Research", null);
    }
}
