package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.config.Settings;
import org.refdesk.retrieve.Calibration;

/**
 * The profile questions are understood against (calibration, facets, vocabulary) is the index's as opened until
 * the first change, whether or not the seeds have been synced yet; a start-up computes it once, not twice.
 */
class LibraryProfileIT {

    @TempDir
    Path dir;

    @Test
    void should_understand_questions_against_the_index_as_opened_before_the_first_sync() {
        // given a synced library, closed
        Settings settings = LibraryFixture.settings(dir);
        LibraryMaintenance.Profile synced;
        try (TestLibrary first = TestLibrary.shared(dir, s -> s)) {
            synced = first.app().library().profile();
        }
        // when it is opened again and asked for its profile before any sync
        try (TestLibrary reopened = TestLibrary.unsynced(settings)) {
            LibraryMaintenance.Profile before = reopened.app().library().profile();
            reopened.app().library().syncSeeds();
            LibraryMaintenance.Profile after = reopened.app().library().profile();
            // then it is the synced library's, and the sync (nothing changed) keeps it
            assertThat(before.calibration()).isNotEqualTo(Calibration.UNCALIBRATED).isEqualTo(synced.calibration());
            assertThat(before.facets()).isNotEmpty().isEqualTo(synced.facets());
            assertThat(before.newestYear()).isEqualTo(synced.newestYear());
            assertThat(after.calibration()).isEqualTo(before.calibration());
            assertThat(after.facets()).isEqualTo(before.facets());
        }
    }
}
