package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding cache file is written atomically and checked on load. */
class EmbeddingCacheTest {

    @TempDir
    Path dir;

    @Test
    void should_read_back_what_it_saved() {
        // given
        EmbeddingCache cache = EmbeddingCache.open(dir, "m");
        cache.put("k", new float[] {1f, 2f, 3f});
        cache.save();
        // when
        EmbeddingCache reopened = EmbeddingCache.open(dir, "m");
        // then
        assertThat(reopened.get("k")).containsExactly(1f, 2f, 3f);
        assertThat(Files.exists(dir.resolve("embeddings-m.bin.tmp"))).isFalse();
    }

    @Test
    void should_set_a_file_with_a_bad_checksum_aside_and_start_empty() throws Exception {
        // given
        EmbeddingCache cache = EmbeddingCache.open(dir, "m");
        cache.put("k", new float[] {1f, 2f, 3f});
        cache.save();
        try (RandomAccessFile f = new RandomAccessFile(dir.resolve("embeddings-m.bin").toFile(), "rw")) {
            f.seek(12);
            f.write(0x7F);
        }
        // when
        EmbeddingCache reopened = EmbeddingCache.open(dir, "m");
        // then
        assertThat(reopened.size()).isZero();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("embeddings-m.bin.corrupt-"));
        }
    }

    @Test
    void should_keep_the_previous_file_when_a_crash_left_only_a_temp_file() throws Exception {
        // given
        EmbeddingCache cache = EmbeddingCache.open(dir, "m");
        cache.put("k", new float[] {4f});
        cache.save();
        Files.write(dir.resolve("embeddings-m.bin.tmp"), new byte[] {1, 2, 3});
        // when
        EmbeddingCache reopened = EmbeddingCache.open(dir, "m");
        // then
        assertThat(reopened.get("k")).containsExactly(4f);
    }
}
