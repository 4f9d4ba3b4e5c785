package org.refdesk.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicWordsTest {

    @Test
    void should_read_the_possessive_of_a_question_word_as_that_question_word() {
        // when
        String words = QueryUnderstanding.topicWords("victims who never come to anyone's attention");
        // then
        assertThat(words).isEqualTo("victims who never to attention");
    }

    @Test
    void should_keep_the_possessive_of_a_topic_word() {
        // when
        String words = QueryUnderstanding.topicWords("Japan's intern programme");
        // then
        assertThat(words).contains("Japan's", "intern", "programme");
    }
}
