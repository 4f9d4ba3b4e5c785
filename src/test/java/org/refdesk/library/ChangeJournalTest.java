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
    void should_recover_every_intact_change_when_one_line_is_damaged() throws Exception {
        // given three changes, the middle one then damaged by a flipped byte
        ChangeJournal journal = ChangeJournal.open(dir);
        journal.upsert(List.of(pub("x", "X")));
        journal.upsert(List.of(pub("y", "Y")));
        journal.delete("seed");
        Path file = dir.resolve("library-changes.json");
        Files.writeString(file, Files.readString(file).replace("\"Y\"", "\"Z\""));
        // when
        ChangeJournal reopened = ChangeJournal.open(dir);
        // then every other change is still there, and the damaged file is kept beside
        assertThat(reopened.applyTo(seeds(pub("seed", "Seed"))).publications()).containsExactly(pub("x", "X"));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("library-changes.json.before-"));
        }
        assertThat(ChangeJournal.open(dir).applyTo(seeds(pub("seed", "Seed"))).publications()).containsExactly(pub("x", "X"));
    }

    @Test
    void should_not_apply_a_change_cut_short_before_it_was_acknowledged() throws Exception {
        // given a two-record change whose end never reached the disk (the process died mid-write)
        ChangeJournal.open(dir).upsert(List.of(pub("x", "X")));
        Path file = dir.resolve("library-changes.json");
        long before = Files.size(file);
        ChangeJournal.open(dir).upsert(List.of(pub("a", "A"), pub("b", "B")));
        byte[] all = Files.readAllBytes(file);
        int cut = (int) before + (all.length - (int) before) / 2;
        Files.write(file, java.util.Arrays.copyOf(all, cut));
        // when
        ChangeJournal reopened = ChangeJournal.open(dir);
        // then neither record of the torn change is applied, the earlier one is
        assertThat(reopened.applyTo(seeds()).publications()).containsExactly(pub("x", "X"));
        reopened.upsert(List.of(pub("c", "C")));
        assertThat(ChangeJournal.open(dir).applyTo(seeds()).publications()).containsExactly(pub("x", "X"), pub("c", "C"));
    }

    @Test
    void should_take_back_the_last_change_when_asked() {
        // given
        ChangeJournal journal = ChangeJournal.open(dir);
        journal.upsert(List.of(pub("x", "X")));
        journal.delete("x");
        // when
        journal.undoLast();
        // then
        assertThat(journal.applyTo(seeds()).publications()).containsExactly(pub("x", "X"));
        assertThat(ChangeJournal.open(dir).applyTo(seeds()).publications()).containsExactly(pub("x", "X"));
    }

    @Test
    void should_convert_a_file_of_the_first_format_and_keep_its_changes() throws Exception {
        // given a file as the first version wrote it, with a flipped byte inside a value
        String body = "{\"upserts\":[" + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(pub("x", "X"))
                + "],\"deletes\":[\"seed\"]}";
        Files.writeString(dir.resolve("library-changes.json"), body.replace("\"X\"", "\"Q\"") + "\n#sha256 "
                + "0".repeat(64) + "\n");
        // when
        ChangeJournal reopened = ChangeJournal.open(dir);
        // then
        assertThat(reopened.applyTo(seeds(pub("seed", "Seed"))).publications()).containsExactly(pub("x", "Q"));
        assertThat(Files.readString(dir.resolve("library-changes.json"))).startsWith(JournalFormat.HEADER);
    }

    @Test
    void should_refuse_to_start_on_a_first_format_file_that_does_not_read() throws Exception {
        // given
        Files.writeString(dir.resolve("library-changes.json"), "{\"upserts\":[{\"id\":\n#sha256 00\n");
        // when / then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ChangeJournal.open(dir))
                .hasMessageContaining("library-changes.json").hasMessageContaining("damaged");
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
