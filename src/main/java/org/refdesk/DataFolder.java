package org.refdesk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Checks at start-up that the data folder can be written, before anything expensive is loaded. */
public final class DataFolder {

    private DataFolder() {
    }

    /** Creates the folder if needed and writes, syncs and deletes a probe file in it; else {@link Unusable}. */
    static void requireWritable(Path dir) {
        Path probe = dir.resolve(".write-check");
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new Unusable(dir, "it is a file, not a folder");
            }
            Files.createDirectories(dir);
            try (FileChannel ch = FileChannel.open(probe, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ch.write(ByteBuffer.wrap(new byte[] {1}));
                ch.force(true);
            }
            Files.delete(probe);
        } catch (FileSystemException e) {
            throw new Unusable(dir, e.getReason() != null ? e.getReason() : e.getClass().getSimpleName());
        } catch (IOException e) {
            throw new Unusable(dir, e.getMessage());
        }
    }

    /** The data folder cannot be created or written: an operator's mistake, reported in one line. */
    public static final class Unusable extends RuntimeException {
        Unusable(Path dir, String reason) {
            super("data folder " + dir.toAbsolutePath() + " is not usable: " + reason);
        }
    }
}
