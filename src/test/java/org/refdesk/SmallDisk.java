package org.refdesk;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real small disk for fault tests: a tmpfs mounted on a folder, which can be filled to the last byte
 * (writes then fail with the kernel's own "No space left on device"), or mounted read-only from the start
 * ("Read-only file system"). Needs root, as CI has; elsewhere the test is skipped by an assumption. Not
 * thread-safe.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path mountPoint;
    private final Path filler;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.filler = mountPoint.resolve("filler.bin");
    }

    /** Mounts a tmpfs of {@code megabytes} on {@code dir}; skips the calling test where that is not allowed. */
    public static SmallDisk mount(Path dir, int megabytes) throws Exception {
        return mount(dir, "size=" + megabytes + "m");
    }

    /** Mounts a read-only tmpfs on {@code dir} (a disk mounted read-only before the server starts). */
    public static SmallDisk mountReadOnly(Path dir) throws Exception {
        return mount(dir, "ro,size=1m");
    }

    private static SmallDisk mount(Path dir, String options) throws Exception {
        Files.createDirectories(dir);
        boolean mounted = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
        assumeTrue(mounted, "mounting a tmpfs needs root; the real-disk fault test is skipped here");
        return new SmallDisk(dir);
    }

    public Path path() {
        return mountPoint;
    }

    /** Writes a filler file until the disk is full. */
    public void fill() throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left on device")) {
                throw full;
            }
        }
        // the last small blocks too, so even a one-line append fails
        try (OutputStream out = Files.newOutputStream(mountPoint.resolve("filler-tail.bin"))) {
            while (true) {
                out.write(0);
                out.flush();
            }
        } catch (IOException full) {
            // full to the byte
        }
    }

    /** Frees what {@link #fill()} took. */
    public void free() throws IOException {
        Files.deleteIfExists(filler);
        Files.deleteIfExists(mountPoint.resolve("filler-tail.bin"));
    }

    @Override
    public void close() throws Exception {
        run("umount", "-l", mountPoint.toString());
    }

    private static boolean run(String... command) throws Exception {
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
