package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.Publication;

class HitIdsTest {

    @TempDir
    Path dir;

    @Test
    void should_name_the_hits_of_the_reader_in_use_after_records_change() {
        try (PublicationIndex index = PublicationIndex.open(dir, "test-model")) {
            // given three records, searched once (their ids remembered)
            index.upsert(entry("a", "Brick kilns in Nepal"));
            index.upsert(entry("b", "Fishing boats in Thailand"));
            index.upsert(entry("c", "Domestic work in Lebanon"));
            index.commit();
            assertThat(ids(index, "kilns boats domestic")).containsExactlyInAnyOrder("a", "b", "c");

            // when one is removed and another added (documents renumbered in a new reader)
            index.delete("a");
            index.upsert(entry("d", "Brick kilns in India"));
            index.commit();

            // then the hits are named by the new reader, in both lists
            assertThat(ids(index, "kilns")).containsExactly("d");
            assertThat(index.search().dense(new float[] {1f, 0f}, SearchFilter.NONE, 10).stream().map(ScoredId::id))
                    .containsExactlyInAnyOrder("b", "c", "d");
        }
    }

    private static List<String> ids(PublicationIndex index, String text) {
        return index.search().lexical(text, SearchFilter.NONE, 10).stream().map(ScoredId::id).toList();
    }

    private static IndexedPublication entry(String id, String text) {
        Publication p = new Publication(id, text, text + ".", List.of(), List.of(), List.of(), List.of(), 2020,
                "Research", null);
        return new IndexedPublication(p, "h-" + id, new float[] {1f, 0f}, List.of(), List.of());
    }
}
