package org.refdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.App;
import org.refdesk.TestLibrary;
import org.refdesk.config.Settings;

/**
 * The product measured on the dev questions against its floors and against the naive baselines (BM25 alone,
 * dense alone) on the same index: it must never rank worse than the better of the two. The held-out file is
 * not measured here (it is measured once, by hand, and frozen).
 */
class EvalIT {

    private static final Path LIBRARY = TestLibrary.DEV_LIBRARY;
    /** Kept between builds so a re-run embeds nothing; a fresh clone embeds the library once (about a minute). */
    private static final Path LIBRARY_DATA = TestLibrary.DEV_LIBRARY_DATA;

    @Test
    void should_rank_the_dev_library_questions_above_the_floors_and_both_baselines() {
        Settings settings = Settings.fromEnvironment(Map.of()).withStorage(LIBRARY, LIBRARY_DATA);
        try (App app = App.open(settings)) {
            app.library().syncSeeds();
            Evaluator evaluator = new Evaluator(app.ask(), app.catalog());
            // when
            EvalReport product = aboveBothBaselines(evaluator, "src/test/resources/eval/dev.jsonl", "product");
            // then
            assertThat(product.overall().questions()).isGreaterThanOrEqualTo(150);
            assertThat(product.overall().hit1()).isGreaterThanOrEqualTo(DevFloors.HIT1);
            assertThat(product.overall().hit3()).isGreaterThanOrEqualTo(DevFloors.HIT3);
            assertThat(product.overall().abstention()).isGreaterThanOrEqualTo(DevFloors.ABSTENTION);
            assertThat(product.overall().followUp()).isGreaterThanOrEqualTo(DevFloors.FOLLOW_UP);
            // and a second, independently written set of conversations
            EvalReport followUps = evaluator.run(Evaluator.read(Path.of("src/test/resources/eval/dev-followups.jsonl")),
                    "hybrid");
            System.out.print("second follow-up set\n" + followUps.table());
            assertThat(followUps.overall().questions()).isGreaterThanOrEqualTo(40);
            assertThat(followUps.overall().followUp()).isGreaterThanOrEqualTo(DevFloors.SECOND_FOLLOW_UPS);
            // and a second, independently written set of off-topic, not-covered and everyday questions
            EvalReport abstention = evaluator.run(Evaluator.read(Path.of("src/test/resources/eval/dev-abstention.jsonl")),
                    "hybrid");
            System.out.print("second abstention set\n" + abstention.table());
            assertThat(abstention.overall().abstention()).isGreaterThanOrEqualTo(DevFloors.SECOND_ABSTENTION);
            assertThat(abstention.overall().hit1()).isGreaterThanOrEqualTo(DevFloors.SECOND_PARAPHRASE_HIT1);
            // and a third, independently written set of every kind, heavy on follow-ups and lists
            EvalReport third = evaluator.run(Evaluator.read(Path.of("src/test/resources/eval/dev2.jsonl")), "hybrid");
            System.out.print("third set\n" + third.table());
            assertThat(third.overall().questions()).isGreaterThanOrEqualTo(150);
            assertThat(third.overall().hit1()).isGreaterThanOrEqualTo(DevFloors.THIRD_HIT1);
            assertThat(third.overall().followUp()).isGreaterThanOrEqualTo(DevFloors.THIRD_FOLLOW_UPS);
            assertThat(third.overall().listRecall()).isGreaterThanOrEqualTo(DevFloors.THIRD_LIST_RECALL);
        }
    }

    @Test
    void should_rank_a_second_library_written_apart_above_the_floors_and_both_baselines() {
        // given a library nobody tuned on when it was first measured: other records, broader regions, other shelves
        Settings settings = Settings.fromEnvironment(Map.of()).withStorage(TestLibrary.SECOND_LIBRARY,
                TestLibrary.SECOND_LIBRARY_DATA);
        try (App app = App.open(settings)) {
            app.library().syncSeeds();
            // when
            EvalReport product = aboveBothBaselines(new Evaluator(app.ask(), app.catalog()),
                    "src/test/resources/eval/library-b-questions.jsonl", "second library");
            // then
            assertThat(product.overall().questions()).isEqualTo(130);
            assertThat(product.overall().hit1()).isGreaterThanOrEqualTo(SecondLibraryFloors.HIT1);
            assertThat(product.overall().hit3()).isGreaterThanOrEqualTo(SecondLibraryFloors.HIT3);
            assertThat(product.overall().abstention()).isGreaterThanOrEqualTo(SecondLibraryFloors.ABSTENTION);
            assertThat(product.overall().followUp()).isGreaterThanOrEqualTo(SecondLibraryFloors.FOLLOW_UP);
        }
    }

    @Test
    void should_keep_answering_the_earlier_seed_questions(@TempDir Path dir) {
        try (TestLibrary library = TestLibrary.start(dir)) {
            // when
            EvalReport report = new Evaluator(library.app().ask(), library.app().catalog())
                    .run(Evaluator.read(Path.of("src/test/resources/eval/seeds-dev.jsonl")), "hybrid");
            System.out.print(report.table());
            // then
            assertThat(report.overall().questions()).isGreaterThanOrEqualTo(80);
            assertThat(report.overall().hit1()).isGreaterThanOrEqualTo(0.90);
            assertThat(report.overall().hit3()).isGreaterThanOrEqualTo(0.95);
            assertThat(report.overall().abstention()).isGreaterThanOrEqualTo(0.95);
            assertThat(report.overall().followUp()).isGreaterThanOrEqualTo(0.90);
        }
    }

    /**
     * The product's report on a question file, after checking that its hit@1 and hit@3 are at least those of the better
     * naive baseline (BM25 alone, dense alone) on the same file.
     */
    private static EvalReport aboveBothBaselines(Evaluator evaluator, String file, String name) {
        List<EvalCase> cases = Evaluator.read(Path.of(file));
        EvalReport product = evaluator.run(cases, "hybrid");
        EvalReport lexical = evaluator.run(cases, "lexical");
        EvalReport dense = evaluator.run(cases, "dense");
        System.out.print(name + "\n" + product.table() + "BM25 alone\n" + lexical.table() + "dense alone\n"
                + dense.table());
        assertThat(product.overall().hit1()).isGreaterThanOrEqualTo(Math.max(lexical.overall().hit1(),
                dense.overall().hit1()));
        assertThat(product.overall().hit3()).isGreaterThanOrEqualTo(Math.max(lexical.overall().hit3(),
                dense.overall().hit3()));
        return product;
    }

    /**
     * Floors for the second library, under the figures measured when they were set (README, "A second library"):
     * hit@1 0.909, hit@3 0.964, abstention 0.950, follow-up 0.800 (first measured, before any tuning on it: 0.891,
     * 0.945, 0.900, 0.800).
     */
    private static final class SecondLibraryFloors {
        static final double HIT1 = 0.88;
        static final double HIT3 = 0.94;
        static final double ABSTENTION = 0.90;
        static final double FOLLOW_UP = 0.75;
    }

    /**
     * Floors for the dev library, a little under the figures measured when they were set (README,
     * "Measurements"): hit@1 0.924, hit@3 0.953, abstention 0.967, follow-up 0.933: the goals (0.90,
     * 0.95, 0.95, 0.90). Raise these as the figures rise, never lower them.
     */
    private static final class DevFloors {
        static final double HIT1 = 0.90;
        static final double HIT3 = 0.95;
        static final double ABSTENTION = 0.95;
        static final double FOLLOW_UP = 0.90;
        /** Measured 0.933 on the second set (dev-followups.jsonl). */
        static final double SECOND_FOLLOW_UPS = 0.90;
        /** Measured on dev2.jsonl: hit@1 0.931, follow-up 0.914, list recall 0.969 (the whole list behind the link). */
        static final double THIRD_HIT1 = 0.90;
        static final double THIRD_FOLLOW_UPS = 0.88;
        static final double THIRD_LIST_RECALL = 0.95;
        /** Measured on dev-abstention.jsonl: abstention 0.850 (off-topic 20/20, not covered 14/20), hit@1 0.850. */
        static final double SECOND_ABSTENTION = 0.85;
        static final double SECOND_PARAPHRASE_HIT1 = 0.85;
    }
}
