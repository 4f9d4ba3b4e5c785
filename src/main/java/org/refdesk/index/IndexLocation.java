package org.refdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.refdesk.library.AtomicFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which folder under the data directory holds the index in use: {@code index} at first, and after a
 * rebuild the folder it was built in, named by {@code index.current} (replaced atomically, so a crash
 * leaves either the old or the new index in use, both whole). Stateless.
 */
public final class IndexLocation {

    private static final Logger LOG = LoggerFactory.getLogger(IndexLocation.class);
    static final String POINTER = "index.current";
    private static final String NAME = "index(-\\d+)?";

    private IndexLocation() {
    }

    /** The index folder in use. */
    public static Path current(Path dataDir) {
        Path pointer = dataDir.resolve(POINTER);
        try {
            if (Files.exists(pointer)) {
                String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
                if (name.matches(NAME)) {
                    return dataDir.resolve(name);
                }
                LOG.warn("{} names no index folder ('{}'); using {}", pointer, name, dataDir.resolve("index"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + pointer, e);
        }
        return dataDir.resolve("index");
    }

    /** A new, not yet existing folder for a rebuilt index. */
    static Path next(Path dataDir) {
        for (long n = System.currentTimeMillis(); ; n++) {
            Path dir = dataDir.resolve("index-" + n);
            if (!Files.exists(dir)) {
                return dir;
            }
        }
    }

    /** Makes {@code dir} the index in use from the next start on. */
    static void publish(Path dataDir, Path dir) {
        try {
            AtomicFile.write(dataDir.resolve(POINTER), dir.getFileName().toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot switch the index to " + dir, e);
        }
    }

    /** Removes index folders not in use: a rebuild cut short, or the one a finished rebuild replaced. */
    public static void removeStale(Path dataDir) {
        Path current = current(dataDir);
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(dataDir)) {
            dirs.filter(d -> d.getFileName().toString().matches(NAME) && !d.equals(current) && Files.isDirectory(d))
                    .forEach(IndexLocation::delete);
        } catch (IOException e) {
            LOG.warn("Cannot list {} for old index folders: {}", dataDir, e.toString());
        }
    }

    /** Deletes an index folder no longer in use; what cannot be deleted now is left for the next start. */
    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot delete old index folder {} yet ({}); retried at the next start", dir, e.toString());
        }
    }
}
