package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractedResourceTest {

    /** A small resource packed in a dependency's jar (the default model's tokenizer). */
    private static final String IN_JAR = "bge-small-en-v1.5-q-tokenizer.json";

    @TempDir
    Path dir;

    @Test
    void should_copy_a_jar_resource_once_and_reuse_the_copy_while_it_matches() throws Exception {
        Path first = ExtractedResource.file(IN_JAR, dir).orElseThrow();
        assertThat(Files.readAllBytes(first)).isEqualTo(jarBytes());
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first, old);

        Path again = ExtractedResource.file(IN_JAR, dir).orElseThrow();

        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(again)).isEqualTo(old);
    }

    @Test
    void should_extract_again_when_the_copy_is_damaged() throws Exception {
        Path copy = ExtractedResource.file(IN_JAR, dir).orElseThrow();
        byte[] damaged = Files.readAllBytes(copy);
        damaged[damaged.length / 2] ^= 1;
        Files.write(copy, damaged);

        Path again = ExtractedResource.file(IN_JAR, dir).orElseThrow();

        assertThat(Files.readAllBytes(again)).isEqualTo(jarBytes());
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(again);
        }
    }

    @Test
    void should_find_nothing_for_a_missing_resource() throws Exception {
        assertThat(ExtractedResource.file("no-such-model.onnx", dir)).isEmpty();
    }

    private static byte[] jarBytes() throws Exception {
        try (InputStream in = ExtractedResourceTest.class.getClassLoader().getResourceAsStream(IN_JAR)) {
            return in.readAllBytes();
        }
    }
}
