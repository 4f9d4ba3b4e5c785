package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.Publication;

class PublicationIndexNotesTest {

    @TempDir
    Path dir;

    @Test
    void should_keep_a_note_across_reopening_while_the_content_is_unchanged() {
        // given an index with one record and a note
        try (PublicationIndex index = PublicationIndex.open(dir, "model-a")) {
            index.upsert(entry("one"));
            index.commit();
            index.note("calibration", "0.5;0.3");
        }

        // when it is opened again for the same model
        try (PublicationIndex index = PublicationIndex.open(dir, "model-a")) {
            // then the note is still there
            assertThat(index.note("calibration")).contains("0.5;0.3");
        }
    }

    @Test
    void should_drop_notes_when_the_content_changes_or_the_model_does() {
        // given
        try (PublicationIndex index = PublicationIndex.open(dir, "model-a")) {
            index.upsert(entry("one"));
            index.commit();
            index.note("calibration", "0.5;0.3");

            // when the content changes
            index.upsert(entry("two"));
            index.commit();

            // then
            assertThat(index.note("calibration")).isEmpty();
            index.note("calibration", "0.6;0.2");
        }
        // and a different model starts without notes
        try (PublicationIndex index = PublicationIndex.open(dir, "model-b")) {
            assertThat(index.note("calibration")).isEmpty();
        }
    }

    private static IndexedPublication entry(String id) {
        Publication p = new Publication(id, "Title " + id, "An abstract about " + id + ".", List.of("Nepal"),
                List.of("Asia"), List.of(), List.of(), 2020, "Research", null);
        return new IndexedPublication(p, "hash-" + id, new float[] {0.6f, 0.8f, 0f}, List.of(p.abstractText()),
                List.of(new float[] {1f, 0f, 0f}));
    }
}
