package org.refdesk.index;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import org.refdesk.library.Publication;
import org.refdesk.library.WriteFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One rebuild of the index in a new folder beside the one in use: the new index is filled and committed
 * (embeddings come from the cache), {@link IndexLocation} is switched to it atomically, then it is swapped
 * in for searches and the old folder deleted. The index in use answers throughout; on failure the new
 * folder is deleted and the index in use is untouched. Not thread-safe (the caller serialises).
 */
final class IndexRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRebuild.class);
    private final PublicationIndex index;
    private final Embedder embedder;
    private final Path dataDir;

    IndexRebuild(PublicationIndex index, Embedder embedder, Path dataDir) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    /** Rebuilds with exactly these publications; {@code diff} is how they differ from the index in use. */
    SyncReport run(Collection<Publication> publications, IndexSync.Diff diff) {
        long start = System.nanoTime();
        Path nextDir = IndexLocation.next(dataDir);
        PublicationIndex next = null;
        try {
            next = PublicationIndex.open(nextDir, embedder.modelId());
            new IndexSync(next, embedder, dataDir).sync(publications);
            IndexLocation.publish(dataDir, nextDir);
        } catch (RuntimeException e) {
            if (next != null) {
                next.close();
            }
            IndexLocation.delete(nextDir);
            throw WriteFault.of(e);
        }
        Path old = index.adopt(next);
        IndexLocation.delete(old);
        long millis = (System.nanoTime() - start) / 1_000_000;
        SyncReport report = new SyncReport(diff.added(), diff.updated(), diff.removed(), diff.unchanged(), 0, millis);
        LOG.info("Index rebuilt in {}: {} added, {} updated, {} removed, {} unchanged, {} ms", nextDir.getFileName(),
                report.added(), report.updated(), report.removed(), report.unchanged(), millis);
        return report;
    }
}
