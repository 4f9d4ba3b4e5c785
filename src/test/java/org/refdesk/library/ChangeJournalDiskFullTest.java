package org.refdesk.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.SmallDisk;

/** The journal on a real disk that fills up (a small tmpfs; skipped where mounting is not allowed). */
class ChangeJournalDiskFullTest {

    @TempDir
    Path dir;

    @Test
    void should_leave_file_and_memory_as_they_were_when_an_append_fails_and_append_after_space_returns()
            throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir.resolve("disk"), 2)) {
            // given
            ChangeJournal journal = ChangeJournal.open(disk.path());
            journal.upsert(List.of(ChangeJournalTest.pub("x", "X")));
            byte[] before = Files.readAllBytes(disk.path().resolve("library-changes.json"));
            disk.fill();
            // when
            assertThatThrownBy(() -> journal.upsert(List.of(ChangeJournalTest.pub("big", "B".repeat(100_000)))))
                    // then
                    .isInstanceOfSatisfying(WriteFault.class, f -> assertThat(f.kind()).isEqualTo(WriteFault.Cause.DISK_FULL));
            assertThat(journal.applyTo(ChangeJournalTest.seeds()).publications()).extracting(Publication::id).containsExactly("x");
            assertThat(Files.readAllBytes(disk.path().resolve("library-changes.json"))).isEqualTo(before);
            // and once space returns
            disk.free();
            journal.upsert(List.of(ChangeJournalTest.pub("y", "Y")));
            assertThat(ChangeJournal.open(disk.path()).applyTo(ChangeJournalTest.seeds()).publications())
                    .extracting(Publication::id).containsExactly("x", "y");
        }
    }
}
