package org.refdesk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnnxRuntimeLibrariesTest {

    @TempDir
    Path dir;

    @Test
    void should_unpack_this_platforms_runtime_libraries_once_and_reuse_them() throws Exception {
        assumeThat(OnnxRuntimeLibraries.platform()).as("a platform the runtime's jar packs").isPresent();

        assertThat(OnnxRuntimeLibraries.unpack(dir)).isTrue();
        Path runtime = dir.resolve(System.mapLibraryName("onnxruntime"));
        Path bridge = dir.resolve(System.mapLibraryName("onnxruntime4j_jni"));
        assertThat(runtime).isRegularFile();
        assertThat(bridge).isRegularFile();
        assertThat(Files.size(runtime)).isEqualTo(jarSize("onnxruntime"));
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(runtime, old);

        assertThat(OnnxRuntimeLibraries.unpack(dir)).isTrue();

        assertThat(Files.getLastModifiedTime(runtime)).as("the copy is reused, not written again").isEqualTo(old);
    }

    @Test
    void should_name_the_platform_as_the_runtimes_jar_does() {
        String os = System.getProperty("os.name").toLowerCase();
        String arch = System.getProperty("os.arch");
        assumeThat(os.contains("linux") && (arch.equals("amd64") || arch.equals("x86_64"))).isTrue();
        assertThat(OnnxRuntimeLibraries.platform()).contains("linux-x64");
    }

    private static long jarSize(String library) throws Exception {
        String resource = "ai/onnxruntime/native/" + OnnxRuntimeLibraries.platform().orElseThrow() + "/"
                + System.mapLibraryName(library);
        try (var in = OnnxRuntimeLibrariesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in.readAllBytes().length;
        }
    }
}
