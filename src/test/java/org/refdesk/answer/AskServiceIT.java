package org.refdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refdesk.BundledSeedParts;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Turn;

/** {@link AskService}, the one entry for asking, wired as the App wires it on the bundled seeds (no LLM). */
class AskServiceIT {

    private static final String RE_TRAFFICKING = "the-causes-and-consequences-of-re-trafficking-evidence-from-the-iom-human";
    @RegisterExtension
    static final BundledSeedParts SEEDS = new BundledSeedParts();

    @Test
    void should_answer_a_follow_up_about_the_report_the_last_answer_cited() {
        // given a history whose assistant turn carries the ids it cited
        List<Turn> history = List.of(new Turn("user", "what covers re-trafficking?", List.of()),
                new Turn("assistant", "One report in the library covers this. [1]", List.of(RE_TRAFFICKING)));

        // when
        Answer answer = SEEDS.parts().ask().ask(new Question("who wrote it and when?", history, null));

        // then
        assertThat(answer.sources()).extracting(Source::id).containsExactly(RE_TRAFFICKING);
        assertThat(answer.answer()).contains("2010");
    }

    @Test
    void should_recompute_the_reply_a_history_of_user_turns_leaves_out() {
        // given the same conversation, once with refdesk's reply and once without it
        Answer first = SEEDS.parts().ask().ask(new Question("what covers re-trafficking?", List.of(), null));
        List<Turn> full = List.of(new Turn("user", "what covers re-trafficking?", List.of()),
                new Turn("assistant", first.answer(), first.sources().stream().map(Source::id).toList()));
        List<Turn> userOnly = List.of(new Turn("user", "what covers re-trafficking?", List.of()));

        // when
        Answer withReply = SEEDS.parts().ask().ask(new Question("who wrote it and when?", full, null));
        Answer withoutReply = SEEDS.parts().ask().ask(new Question("who wrote it and when?", userOnly, null));

        // then
        assertThat(withoutReply).isEqualTo(withReply);
    }

    @Test
    void should_stream_the_sources_first_then_exactly_the_text_it_returns() {
        // given
        List<String> events = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        AnswerStream stream = new AnswerStream() {
            @Override
            public void sources(List<Source> sources) {
                events.add("sources:" + sources.size());
            }

            @Override
            public void delta(String piece) {
                events.add("delta");
                text.append(piece);
            }
        };

        // when
        Answer answer = SEEDS.parts().ask().ask(new Question("health consequences of trafficking", List.of(), null), stream);

        // then
        assertThat(events.get(0)).isEqualTo("sources:" + answer.sources().size());
        assertThat(events.subList(1, events.size())).isNotEmpty().containsOnly("delta");
        assertThat(text.toString()).isEqualTo(answer.answer());
        assertThat(answer).isEqualTo(SEEDS.parts().ask().ask(new Question("health consequences of trafficking", List.of(), null)));
    }

    @Test
    void should_abstain_without_sources_and_still_suggest_what_to_ask() {
        // when
        Answer answer = SEEDS.parts().ask().ask(new Question("What's the weather in Paris tomorrow?", List.of(), null));

        // then
        assertThat(answer.abstained()).isTrue();
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.suggestions()).isNotEmpty();
    }
}
