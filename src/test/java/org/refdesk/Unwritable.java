package org.refdesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Makes a folder and its subfolders unwritable under a running server, as {@code chmod a-w} does for an
 * ordinary user but also for root (which CI runs as, and which ignores permission bits): {@code chattr +i}
 * on every folder, so no file can be created, renamed or deleted in them ("Operation not permitted").
 * Skips the calling test where the file system does not support it. Not thread-safe.
 */
public final class Unwritable implements AutoCloseable {

    private final List<Path> dirs;

    private Unwritable(List<Path> dirs) {
        this.dirs = dirs;
    }

    public static Unwritable of(Path dir) throws Exception {
        List<Path> dirs;
        try (Stream<Path> all = Files.walk(dir)) {
            dirs = new ArrayList<>(all.filter(Files::isDirectory).toList());
        }
        List<String> command = new ArrayList<>(List.of("chattr", "+i"));
        dirs.forEach(d -> command.add(d.toString()));
        assumeTrue(run(command), "chattr +i is not available here; the unwritable-folder test is skipped");
        return new Unwritable(dirs);
    }

    @Override
    public void close() throws Exception {
        List<String> command = new ArrayList<>(List.of("chattr", "-i"));
        dirs.forEach(d -> command.add(d.toString()));
        run(command);
    }

    private static boolean run(List<String> command) throws Exception {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
