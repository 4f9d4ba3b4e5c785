package org.refdesk.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeJournalTest {

    @TempDir
    Path dir;

    static Publication pub(String id, String title) {
        return new Publication(id, title, "An abstract. Two sentences.", List.of("Nepal"), List.of("Asia"),
                List.of("A. Author"), List.of("Some Org"), 2020, "Reports", "https://example.org/" + id);
    }

    static ParseResult seeds(Publication... pubs) {
        return new ParseResult("seeds", List.of(pubs), List.of());
    }

    @Test
    void should_apply_additions_and_deletions_to_the_seeds_after_reopening() {
        // given
        ChangeJournal journal = ChangeJournal.open(dir);
        journal.upsert(List.of(pub("new", "New report"), pub("a", "Seed A, corrected")));
        journal.delete("b");
        // when
        ParseResult merged = ChangeJournal.open(dir).applyTo(seeds(pub("a", "Seed A"), pub("b", "Seed B")));
        // then
        assertThat(merged.publications()).extracting(Publication::id).containsExactly("a", "new");
        assertThat(merged.publications().get(0)).isEqualTo(pub("a", "Seed A, corrected"));
        assertThat(merged.publications().get(1)).isEqualTo(pub("new", "New report"));
    }

    @Test
    void should_bring_back_a_deleted_id_when_it_is_added_again() {
        // given
        ChangeJournal journal = ChangeJournal.open(dir);
        journal.delete("a");
        journal.upsert(List.of(pub("a", "A again")));
        // when
        ParseResult merged = ChangeJournal.open(dir).applyTo(seeds(pub("a", "Seed A")));
        // then
        assertThat(merged.publications()).containsExactly(pub("a", "A again"));
    }

    @Test
    void should_set_a_damaged_file_aside_and_start_empty() throws Exception {
        // given
        ChangeJournal.open(dir).upsert(List.of(pub("x", "X")));
        Path file = dir.resolve("library-changes.json");
        Files.writeString(file, Files.readString(file).replace("\"X\"", "\"Y\""));
        // when
        ChangeJournal reopened = ChangeJournal.open(dir);
        // then
        assertThat(reopened.size()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("library-changes.json.corrupt-"));
        }
    }

    @Test
    void should_ignore_a_temp_file_left_by_a_crash() throws Exception {
        // given a crash after writing the temp file but before moving it into place
        ChangeJournal.open(dir).upsert(List.of(pub("x", "X")));
        Files.writeString(dir.resolve("library-changes.json.tmp"), "{\"upserts\":[{\"id\":\"torn");
        // when
        ChangeJournal reopened = ChangeJournal.open(dir);
        // then
        assertThat(reopened.applyTo(seeds()).publications()).containsExactly(pub("x", "X"));
    }
}
