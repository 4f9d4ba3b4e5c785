package org.refdesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.refdesk.cli.Main;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code refdesk serve} with a data folder it cannot use, or a seeds folder that does not exist, ends at once with
 * exit code 1 and one line naming the folder and the cause: no stack trace, and no embedding model loaded (so no native crash on the way out).
 */
class StartupIT {

    @TempDir
    Path dir;

    record Run(int exit, List<String> lines) {
    }

    Run serve(Path data) throws Exception {
        return serve(LibraryFixture.settings(dir.resolve("lib")).seeds(), data);
    }

    Run serve(Path seeds, Path data) throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", absolute(System.getProperty("java.class.path")), Main.class.getName(), "serve", "--port", "0",
                "--seeds", seeds.toString(), "--data", data.toString());
        Process child = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new AssertionError("serve did not end; output:\n" + output);
        }
        return new Run(child.exitValue(), output.lines().filter(l -> !l.isBlank()).toList());
    }

    @Test
    void should_exit_1_with_one_line_when_the_data_folder_is_a_file() throws Exception {
        // given
        Path data = Files.writeString(dir.resolve("data"), "not a folder");
        // when
        Run run = serve(data);
        // then
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly("refdesk: data folder " + data.toAbsolutePath()
                + " is not usable: it is a file, not a folder");
        assertNoCrashFiles();
    }

    @Test
    void should_exit_1_with_one_line_when_the_data_folder_is_on_a_read_only_disk() throws Exception {
        // given a data folder on a disk mounted read-only
        Path data = dir.resolve("data");
        try (SmallDisk disk = SmallDisk.mountReadOnly(data)) {
            // when
            Run run = serve(data);
            // then
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.lines()).hasSize(1);
            assertThat(run.lines().get(0)).startsWith("refdesk: data folder " + data.toAbsolutePath())
                    .endsWith("Read-only file system");
        }
        assertNoCrashFiles();
    }

    @Test
    void should_exit_1_with_one_line_when_the_seeds_folder_does_not_exist() throws Exception {
        // given
        Path seeds = dir.resolve("no-such-seeds");
        // when
        Run run = serve(seeds, dir.resolve("data"));
        // then
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lines()).containsExactly("refdesk: seeds folder " + seeds.toAbsolutePath() + " does not exist");
        assertNoCrashFiles();
    }

    private void assertNoCrashFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }

    private static String absolute(String classPath) {
        return Arrays.stream(classPath.split(File.pathSeparator))
                .map(e -> e.isEmpty() ? e : Path.of(e).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
    }
}
