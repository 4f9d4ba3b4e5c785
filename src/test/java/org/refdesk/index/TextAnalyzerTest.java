package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    private final TextAnalyzer analyzer = new TextAnalyzer();

    @Test
    void should_drop_linking_words_that_never_name_a_topic() {
        // when
        var terms = analyzer.terms("a critical look at technology against trafficking, whether or not it works");
        // then
        assertThat(terms).doesNotContain("against", "whether").contains("critical", "technology", "traffick");
    }

    @Test
    void should_keep_the_spatial_prepositions_a_technical_question_may_hinge_on() {
        // when
        var terms = analyzer.terms("flow between parallel plates below the shock");
        // then
        assertThat(terms).contains("between", "below");
    }
}
