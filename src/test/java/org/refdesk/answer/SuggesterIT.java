package org.refdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refdesk.BundledSeedParts;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Turn;
import org.refdesk.retrieve.Understanding;

/** {@link Suggester} alone, its suggestions then asked through the real {@link AskService}. */
class SuggesterIT {

    @RegisterExtension
    static final BundledSeedParts SEEDS = new BundledSeedParts();

    @Test
    void should_suggest_who_wrote_the_first_cited_report_and_only_questions_the_library_answers() {
        // given an answer and the retrieval it came from
        String question = "what covers re-trafficking?";
        Understanding u = SEEDS.parts().understand(question);
        Retrieval r = SEEDS.parts().retriever().retrieve(u);
        Answer answer = SEEDS.parts().composer().compose(r, SEEDS.parts().gate().distinctiveTerms(u));

        // when
        List<String> suggestions = SEEDS.parts().suggester().suggest(r, answer);

        // then
        assertThat(suggestions).contains(
                "Who wrote “The Causes and Consequences of Re-trafficking: Evidence from the IOM Human Trafficking Database”?");
        List<Turn> history = List.of(new Turn("user", question, List.of()),
                new Turn("assistant", answer.answer(), answer.sources().stream().map(Source::id).toList()));
        for (String suggestion : suggestions) {
            assertThat(SEEDS.parts().ask().ask(new Question(suggestion, history, null)).abstained())
                    .as(suggestion).isFalse();
        }
    }

    @Test
    void should_offer_starters_that_are_answered_and_at_most_as_many_as_asked() {
        // when
        List<String> starters = SEEDS.parts().suggester().starters(3, List.of());

        // then
        assertThat(starters).isNotEmpty().hasSizeLessThanOrEqualTo(3).doesNotHaveDuplicates();
        List<String> abstained = new ArrayList<>();
        starters.stream().filter(s -> SEEDS.parts().ask().ask(new Question(s, List.of(), null)).abstained())
                .forEach(abstained::add);
        assertThat(abstained).isEmpty();
    }
}
