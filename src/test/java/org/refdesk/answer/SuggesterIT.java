package org.refdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.RealParts;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Turn;
import org.refdesk.retrieve.Understanding;

/** {@link Suggester} alone, its suggestions then asked through the real {@link AskService}. */
class SuggesterIT {

    @TempDir
    static Path dir;
    static RealParts parts;

    @BeforeAll
    static void open() throws Exception {
        parts = RealParts.onBundledSeeds(dir);
    }

    @AfterAll
    static void close() {
        parts.close();
    }

    @Test
    void should_suggest_who_wrote_the_first_cited_report_and_only_questions_the_library_answers() {
        // given an answer and the retrieval it came from
        String question = "what covers re-trafficking?";
        Understanding u = parts.understand(question);
        Retrieval r = parts.retriever().retrieve(u);
        Answer answer = parts.composer().compose(r, parts.gate().distinctiveTerms(u));

        // when
        List<String> suggestions = parts.suggester().suggest(r, answer);

        // then
        assertThat(suggestions).contains(
                "Who wrote “The Causes and Consequences of Re-trafficking: Evidence from the IOM Human Trafficking Database”?");
        List<Turn> history = List.of(new Turn("user", question, List.of()),
                new Turn("assistant", answer.answer(), answer.sources().stream().map(Source::id).toList()));
        for (String suggestion : suggestions) {
            assertThat(parts.ask().ask(new Question(suggestion, history, null)).abstained())
                    .as(suggestion).isFalse();
        }
    }

    @Test
    void should_offer_starters_that_are_answered_and_at_most_as_many_as_asked() {
        // when
        List<String> starters = parts.suggester().starters(3, List.of());

        // then
        assertThat(starters).isNotEmpty().hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
        List<String> abstained = new ArrayList<>();
        starters.stream().filter(s -> parts.ask().ask(new Question(s, List.of(), null)).abstained())
                .forEach(abstained::add);
        assertThat(abstained).isEmpty();
    }
}
