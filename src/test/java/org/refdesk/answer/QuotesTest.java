package org.refdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {

    private static final String ABSTRACT = "Domestic workers face the highest risk. Recruiters charge fees. "
            + "These fees bind workers to debt.";

    @Test
    void should_place_each_verbatim_sentence_at_its_offsets_in_the_abstract() {
        // when
        List<Quote> quotes = Quotes.locate(ABSTRACT, List.of("Recruiters charge fees.", "These fees bind workers to debt."));

        // then
        assertThat(quotes).hasSize(2);
        assertThat(quotes).extracting(q -> ABSTRACT.substring(q.start(), q.end()))
                .containsExactly("Recruiters charge fees.", "These fees bind workers to debt.");
    }

    @Test
    void should_give_no_quote_for_a_sentence_that_is_not_word_for_word_in_the_abstract() {
        assertThat(Quotes.locate(ABSTRACT, List.of("Recruiters charge high fees.", ""))).isEmpty();
    }

    @Test
    void should_quote_a_model_answer_only_where_a_sentence_is_verbatim_once_its_markers_are_removed() {
        // given a model's answer: one sentence copied (with its marker), one paraphrased
        String llm = "Recruiters charge fees [1]. Workers end up owing a lot [1].";

        // when
        List<Quote> quotes = Quotes.verbatim(llm, ABSTRACT);

        // then
        assertThat(quotes).containsExactly(new Quote(40, 63));
        assertThat(ABSTRACT.substring(40, 63)).isEqualTo("Recruiters charge fees.");
    }
}
