package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.library.Publication;
import org.refdesk.library.WriteFault;

/** The index's half of a two-store change: nothing is committed unless the other half is durable too. */
class PublicationIndexCommitTest {

    @TempDir
    Path dir;

    @Test
    void should_commit_nothing_when_the_other_store_fails_and_write_again_afterwards() {
        try (PublicationIndex index = PublicationIndex.open(dir.resolve("index"), "model-a")) {
            // given a staged record whose journal entry then fails on a full disk
            index.upsert(entry("one"));
            // when
            assertThatThrownBy(() -> index.commit(() -> {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }, () -> { }))
                    // then the failure names its cause and nothing of it was committed
                    .isInstanceOfSatisfying(WriteFault.class, f -> assertThat(f.kind()).isEqualTo(WriteFault.Cause.DISK_FULL));
            assertThat(index.find("one")).isEmpty();
            // and the next change commits on a fresh writer, without the discarded record
            index.upsert(entry("two"));
            index.commit();
            assertThat(index.hashes().keySet()).containsExactly("two");
        }
        try (PublicationIndex reopened = PublicationIndex.open(dir.resolve("index"), "model-a")) {
            assertThat(reopened.hashes().keySet()).containsExactly("two");
        }
    }

    @Test
    void should_make_the_other_store_durable_before_publishing_the_commit() {
        try (PublicationIndex index = PublicationIndex.open(dir.resolve("index"), "model-a")) {
            // given
            index.upsert(entry("one"));
            List<Integer> seenByJournal = new ArrayList<>();
            // when
            index.commit(() -> seenByJournal.add(index.size()), () -> { });
            // then the journal ran while searches still saw the previous commit, and after it the new one
            assertThat(seenByJournal).containsExactly(0);
            assertThat(index.size()).isEqualTo(1);
        }
    }

    @Test
    void should_swap_in_a_rebuilt_index_for_searches_at_once() {
        try (PublicationIndex index = PublicationIndex.open(dir.resolve("index"), "model-a")) {
            // given an index in use and a complete one built beside it
            index.upsert(entry("old"));
            index.commit();
            PublicationIndex next = PublicationIndex.open(dir.resolve("index-2"), "model-a");
            next.upsert(entry("new"));
            next.commit();
            // when
            Path former = index.adopt(next);
            // then
            assertThat(former).isEqualTo(dir.resolve("index"));
            assertThat(index.dir()).isEqualTo(dir.resolve("index-2"));
            assertThat(index.hashes().keySet()).containsExactly("new");
            index.upsert(entry("newer"));
            index.commit();
            assertThat(index.size()).isEqualTo(2);
        }
    }

    private static IndexedPublication entry(String id) {
        Publication p = new Publication(id, "Title " + id, "An abstract about " + id + ".", List.of("Nepal"),
                List.of("Asia"), List.of(), List.of(), 2020, "Research", null);
        return new IndexedPublication(p, "hash-" + id, new float[] {0.6f, 0.8f, 0f}, List.of(p.abstractText()),
                List.of(new float[] {1f, 0f, 0f}));
    }
}
