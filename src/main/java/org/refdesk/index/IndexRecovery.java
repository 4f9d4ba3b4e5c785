package org.refdesk.index;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the index, and when its files are damaged (checksum, truncation, missing segment, unknown
 * format) moves the folder aside as {@code index.corrupt-<time>} and starts an empty index, which the
 * caller then rebuilds from {@code seeds/}. Other I/O errors (permissions, disk) are not hidden.
 */
public final class IndexRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRecovery.class);

    private IndexRecovery() {
    }

    /** The opened index, and where a damaged one was moved ({@code null} if none was). */
    public record Opened(PublicationIndex index, Path movedAside) {
        public boolean recovered() {
            return movedAside != null;
        }
    }

    public static Opened open(Path dir, String modelId) {
        try {
            return new Opened(PublicationIndex.open(dir, modelId), null);
        } catch (UncheckedIOException e) {
            if (!isDamage(e.getCause())) {
                throw e;
            }
            Path aside = dir.resolveSibling(dir.getFileName() + ".corrupt-" + Instant.now().toEpochMilli());
            LOG.error("Index {} is damaged ({}); moved to {} and rebuilding from the seeds", dir,
                    e.getCause().toString(), aside);
            try {
                Files.move(dir, aside);
            } catch (IOException moveError) {
                throw new UncheckedIOException("cannot move damaged index " + dir + " aside", moveError);
            }
            return new Opened(PublicationIndex.open(dir, modelId), aside);
        }
    }

    static boolean isDamage(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof CorruptIndexException || c instanceof IndexFormatTooOldException
                    || c instanceof IndexFormatTooNewException || c instanceof EOFException
                    || c instanceof NoSuchFileException) {
                return true;
            }
        }
        return false;
    }
}
