package org.refdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.TestLibrary;

/** The dev questions must not get worse than the floors set from the measured figures (see README). */
class EvalIT {

    @Test
    void should_keep_the_dev_figures_above_their_floors(@TempDir Path dir) {
        try (TestLibrary library = TestLibrary.start(dir)) {
            EvalReport report = new Evaluator(library.app().ask())
                    .run(Evaluator.read(Path.of("src/test/resources/eval/dev.jsonl")), "hybrid");
            System.out.print(report.table());
            assertThat(report.overall().questions()).isGreaterThanOrEqualTo(40);
            assertThat(report.overall().hit1()).isGreaterThanOrEqualTo(0.90);
            assertThat(report.overall().hit3()).isGreaterThanOrEqualTo(0.95);
            assertThat(report.overall().abstention()).isGreaterThanOrEqualTo(0.85);
            assertThat(report.overall().followUp()).isGreaterThanOrEqualTo(0.80);
        }
    }
}
