package org.refdesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One index folder: searchers that only ever see its last commit, and a writer that is replaced, not
 * left closed, when a write fails (Lucene closes a writer for good after a tragic error such as a full
 * disk; a new one starts again from the last commit). Nothing is committed on close. Thread-safe.
 */
final class IndexGeneration implements Closeable {

    private static final double RAM_BUFFER_MB = 128;
    private final Path dir;
    private final Directory directory;
    private final TextAnalyzer analyzer;
    private final SearcherManager searchers;
    private IndexWriter writer;

    private IndexGeneration(Path dir, Directory directory, TextAnalyzer analyzer, IndexWriter writer)
            throws IOException {
        this.dir = dir;
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = new SearcherManager(directory, null);
    }

    /**
     * Opens (or creates) the index in {@code dir} for vectors of {@code modelId}; an index built with
     * another model is emptied, since its vectors cannot be compared with the new model's.
     */
    static IndexGeneration open(Path dir, TextAnalyzer analyzer, String modelId) throws IOException {
        Directory directory = FSDirectory.open(dir);
        IndexWriter writer;
        try {
            writer = new IndexWriter(directory, config(analyzer));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        try {
            Map<String, String> userData = userDataOf(directory);
            String built = userData.get(IndexFields.MODEL_KEY);
            Map<String, String> kept = new HashMap<>();
            if (built != null && !built.equals(modelId)) {
                writer.deleteAll();
            } else {
                kept.putAll(userData);
            }
            kept.put(IndexFields.MODEL_KEY, modelId);
            writer.setLiveCommitData(kept.entrySet());
            if (!kept.equals(userData)) {
                // a new index, another model's, or one without the model key: otherwise the last commit
                // already says all this, and a warm start need not write and sync another one
                writer.commit();
            }
            return new IndexGeneration(dir, directory, analyzer, writer);
        } catch (IOException | RuntimeException e) {
            // release the write lock so a damaged index can be moved aside and rebuilt
            IOUtils.closeWhileHandlingException(writer, directory);
            throw e;
        }
    }

    private static IndexWriterConfig config(TextAnalyzer analyzer) {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                // what a failed operation staged must never be committed by a later close
                .setCommitOnClose(false)
                // a bulk ingest then flushes a few large segments instead of many small ones to merge;
                // every segment is searched with its own vector graph, so fewer make queries faster
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCodec(new Lucene912Codec() {
                    @Override
                    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                        return new Lucene99HnswScalarQuantizedVectorsFormat();
                    }
                });
    }

    private static Map<String, String> userDataOf(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return Map.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            // verifies every file's checksum, so damage is found at start-up and not by a question
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return reader.getIndexCommit().getUserData();
        }
    }

    Path dir() {
        return dir;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** The writer, opened again from the last commit if the previous one failed. */
    synchronized IndexWriter writer() throws IOException {
        if (writer == null || !writer.isOpen()) {
            writer = null;
            writer = new IndexWriter(directory, config(analyzer));
        }
        return writer;
    }

    /** Drops every change since the last commit; the next write starts from that commit with a new writer. */
    synchronized void discard() {
        if (writer != null) {
            try {
                writer.rollback();
            } catch (IOException | RuntimeException ignored) {
                // a writer that failed may fail to roll back too; it is dropped either way
            } finally {
                writer = null;
            }
        }
    }

    /** Makes searches see the last commit. */
    void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    @Override
    public synchronized void close() {
        discard();
        IOUtils.closeWhileHandlingException(searchers, directory);
    }
}
