package org.refdesk.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Candidate;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Understanding;
import org.refdesk.retrieve.Verdict;

class GapReportTest {

    private static final String QUESTION = "Is there anything on surrogacy arrangements in Canada, asked from 10.1.2.3?";
    private static final Clock DAY_ONE = Clock.fixed(Instant.parse("2026-03-01T23:59:00Z"), ZoneOffset.UTC);
    private static final Clock DAY_TWO = Clock.fixed(Instant.parse("2026-03-02T08:15:00Z"), ZoneOffset.UTC);
    private static final Publication REPORT = new Publication("r1", "A report", "About labour.", List.of(), List.of(),
            List.of(), List.of(), 2020, "Labour", null);

    @Test
    void should_count_a_not_covered_topic_by_its_terms_and_days_only(@TempDir Path data) throws Exception {
        // given
        GapReport report = GapReport.open(data, DAY_ONE);

        // when the same gap is asked on two days (once reloaded from disk)
        report.observe(notCovered(List.of("surrogacy", "canada")), List.of("arrangement"));
        GapReport.open(data, DAY_TWO).observe(notCovered(List.of("canada", "surrogacy")), List.of("arrangement"));
        List<GapTopic> topics = GapReport.open(data, DAY_TWO).topics();

        // then one topic, counted twice, with its first and last day, and the file holds no question text
        assertThat(topics).containsExactly(new GapTopic("arrangement canada surrogacy",
                List.of("arrangement", "canada", "surrogacy"), "not-covered", 2, "2026-03-01", "2026-03-02"));
        String file = Files.readString(data.resolve("gaps.json"));
        assertThat(file).doesNotContain(QUESTION, "Is there", "10.1.2.3", "23:59", "08:15");
    }

    @Test
    void should_count_an_answer_from_one_report_without_its_words_as_weak_and_a_good_answer_not_at_all(@TempDir Path data) {
        // given
        GapReport report = GapReport.open(data, DAY_ONE);
        Candidate onMeaningAlone = new Candidate(REPORT, 0.1, 0, 1, 0, 0.7f, List.of());
        Candidate withWords = new Candidate(REPORT, 0.1, 1, 1, 3, 0.7f, List.of("labour"));

        // when
        report.observe(new Retrieval(understanding(List.of()), Verdict.ANSWER, List.of(onMeaningAlone)), List.of("kafala"));
        report.observe(new Retrieval(understanding(List.of()), Verdict.ANSWER, List.of(withWords)), List.of("labour"));
        report.observe(new Retrieval(understanding(List.of()), Verdict.OFF_TOPIC, List.of()), List.of("banana"));

        // then
        assertThat(report.topics()).extracting(GapTopic::topic, GapTopic::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kafala", "weak"));
    }

    @Test
    void should_keep_at_most_a_thousand_topics_dropping_the_least_recently_asked(@TempDir Path data) {
        // given a full report whose first topic is asked again
        GapReport report = GapReport.open(data, DAY_ONE);
        for (int i = 0; i < GapReport.MAX_TOPICS; i++) {
            report.record(new GapClassifier.Gap(List.of("topic" + i), GapClassifier.NOT_COVERED));
        }
        report.record(new GapClassifier.Gap(List.of("topic0"), GapClassifier.NOT_COVERED));

        // when one more topic comes
        report.record(new GapClassifier.Gap(List.of("newtopic"), GapClassifier.NOT_COVERED));

        // then the least recently asked one (topic1) made room, and the first is still there, counted twice
        List<GapTopic> topics = GapReport.open(data, DAY_ONE).topics();
        assertThat(topics).hasSize(GapReport.MAX_TOPICS);
        assertThat(topics.get(0)).extracting(GapTopic::topic, GapTopic::count)
                .containsExactly("topic0", 2);
        assertThat(topics).extracting(GapTopic::topic).contains("newtopic").doesNotContain("topic1");
    }

    private static Retrieval notCovered(List<String> unknown) {
        return new Retrieval(understanding(unknown), Verdict.NOT_COVERED,
                List.of(new Candidate(REPORT, 0.1, 1, 1, 1, 0.6f, List.of())));
    }

    private static Understanding understanding(List<String> unknown) {
        return Understanding.of(QUESTION).absent(unknown, 0).build();
    }
}
