package org.refdesk.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.refdesk.BundledSeedParts;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Understanding;

/** {@link ExtractiveComposer} alone: a real retrieval on the bundled seeds in, a cited answer out. */
class ExtractiveComposerIT {

    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
    @RegisterExtension
    static final BundledSeedParts SEEDS = new BundledSeedParts();

    private Answer composed(String question) {
        Understanding u = SEEDS.parts().understand(question);
        Retrieval r = SEEDS.parts().retriever().retrieve(u);
        return SEEDS.parts().composer().compose(r, SEEDS.parts().gate().distinctiveTerms(u));
    }

    @Test
    void should_number_the_sources_one_to_k_and_cite_every_one_of_them() {
        // when
        Answer answer = composed("health consequences of trafficking");

        // then
        assertThat(answer.abstained()).isFalse();
        assertThat(answer.sources()).extracting(Source::n)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, answer.sources().size()).boxed().toList());
        Matcher m = CITATION.matcher(answer.answer());
        List<Integer> cited = m.results().map(r -> Integer.parseInt(r.group(1))).distinct().sorted().toList();
        assertThat(cited).containsExactlyElementsOf(answer.sources().stream().map(Source::n).toList());
    }

    @Test
    void should_quote_the_closest_abstract_sentences_of_the_first_report() {
        // when
        Answer answer = composed("Why do victims get trafficked again after they return home?");

        // then the words are the record's own, under its title
        Source first = answer.sources().get(0);
        assertThat(first.title()).startsWith("The Causes and Consequences of Re-trafficking");
        assertThat(answer.answer()).contains("“" + first.title() + "” (2010)")
                .contains("issues on return to their country of origin");
    }

    @Test
    void should_cite_nothing_when_the_question_is_off_topic() {
        // when
        Answer answer = composed("how do I bake bread?");

        // then
        assertThat(answer.abstained()).isTrue();
        assertThat(answer.sources()).isEmpty();
        assertThat(answer.answer()).startsWith("The library has nothing on that.").doesNotContain("[1]");
    }

    @Test
    void should_name_the_filter_in_the_lead_of_a_place_question() {
        // when
        Answer answer = composed("trafficking in Cambodia");

        // then
        assertThat(answer.answer()).startsWith("One report on Cambodia:");
        assertThat(answer.sources()).hasSize(1);
    }
}
