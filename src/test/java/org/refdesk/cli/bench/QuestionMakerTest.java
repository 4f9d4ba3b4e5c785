package org.refdesk.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionMakerTest {

    @Test
    void should_make_distinct_questions_repeatably() {
        // given
        QuestionMaker maker = new QuestionMaker(List.of("labour", "fishing", "shelters", "referral", "recruiters",
                "migrants", "victims", "legal"), List.of("Nepal", "Thailand"));

        // when
        List<String> questions = maker.make(100, 1);

        // then
        assertThat(questions).hasSize(100).doesNotHaveDuplicates();
        assertThat(maker.make(100, 1)).isEqualTo(questions);
        assertThat(maker.make(100, 2)).isNotEqualTo(questions);
    }
}
