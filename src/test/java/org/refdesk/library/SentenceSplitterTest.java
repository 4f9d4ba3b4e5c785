package org.refdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void should_split_at_sentence_ends_but_not_at_initials_or_abbreviations() {
        assertThat(splitter.split("Edited by Mary C. Burke for students. It covers e.g. law. Done!"))
                .containsExactly("Edited by Mary C. Burke for students.", "It covers e.g. law.", "Done!");
    }

    @Test
    void should_split_where_the_scraped_page_lost_the_space() {
        assertThat(splitter.split("in their communities.The book is divided into three sections."))
                .containsExactly("in their communities.", "The book is divided into three sections.");
    }
}
