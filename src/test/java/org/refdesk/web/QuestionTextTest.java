package org.refdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u200b\u200c\u200d", "\u00a0\u2007\u202f", "\u0085\u2028\u2029", "\ufeff\u00ad"})
    void should_refuse_text_with_nothing_visible(String raw) {
        assertThatThrownBy(() -> QuestionText.clean(raw)).isInstanceOf(ApiException.class)
                .hasMessage("question must not be empty");
    }

    @Test
    void should_refuse_text_without_a_word() {
        assertThatThrownBy(() -> QuestionText.clean("-".repeat(2000))).hasMessage("question must contain at least one word");
    }

    @Test
    void should_keep_words_and_make_every_separator_one_space() {
        // when
        String text = QuestionText.clean("\u200bforced\u00a0labour\u2028in\r\nfish\u00ading\u0000 ");
        // then
        assertThat(text).isEqualTo("forced labour in fishing");
    }
}
