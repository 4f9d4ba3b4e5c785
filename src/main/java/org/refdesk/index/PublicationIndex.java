package org.refdesk.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.refdesk.library.Publication;

/**
 * The one on-disk Lucene index of the library: BM25 text fields, facets, and embedding vectors
 * (HNSW with int8 scalar quantization). Writes are committed atomically; searches see the last
 * commit. Thread-safe.
 */
public final class PublicationIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private static final String NOTE_PREFIX = "refdesk.note.";
    private static final double RAM_BUFFER_MB = 128;
    private final DocumentMapper mapper = new DocumentMapper();
    private final TextAnalyzer analyzer;
    private final IndexSearch search;
    private final String modelId;

    private PublicationIndex(Directory directory, IndexWriter writer, TextAnalyzer analyzer, String modelId)
            throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.analyzer = analyzer;
        this.modelId = modelId;
        this.searchers = new SearcherManager(writer, null);
        this.search = new IndexSearch(searchers, mapper, analyzer);
    }

    /**
     * Opens (or creates) the index in {@code dir} for vectors of {@code modelId}. An index built with
     * another model is emptied, since its vectors cannot be compared with the new model's.
     */
    public static PublicationIndex open(Path dir, String modelId) {
        Objects.requireNonNull(modelId, "modelId");
        try {
            Directory directory = FSDirectory.open(dir);
            TextAnalyzer analyzer = new TextAnalyzer();
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    // a bulk ingest then flushes a few large segments instead of many small ones to merge;
                    // every segment is searched with its own vector graph, so fewer make queries faster
                    .setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setCodec(new Lucene912Codec() {
                        @Override
                        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                            return new Lucene99HnswScalarQuantizedVectorsFormat();
                        }
                    });
            IndexWriter writer;
            try {
                writer = new IndexWriter(directory, config);
            } catch (IOException | RuntimeException e) {
                directory.close();
                throw e;
            }
            try {
                Map<String, String> userData = userDataOf(writer);
                String built = userData.get(IndexFields.MODEL_KEY);
                Map<String, String> kept = new HashMap<>();
                if (built != null && !built.equals(modelId)) {
                    writer.deleteAll();
                } else {
                    kept.putAll(userData);
                }
                kept.put(IndexFields.MODEL_KEY, modelId);
                writer.setLiveCommitData(kept.entrySet());
                writer.commit();
                return new PublicationIndex(directory, writer, analyzer, modelId);
            } catch (IOException | RuntimeException e) {
                // release the write lock so a damaged index can be moved aside and rebuilt
                org.apache.lucene.util.IOUtils.closeWhileHandlingException(writer, directory);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index in " + dir, e);
        }
    }

    private static Map<String, String> userDataOf(IndexWriter writer) throws IOException {
        if (!DirectoryReader.indexExists(writer.getDirectory())) {
            return Map.of();
        }
        try (DirectoryReader reader = DirectoryReader.open(writer.getDirectory())) {
            // verifies every file's checksum, so damage is found at start-up and not by a question
            for (org.apache.lucene.index.LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return reader.getIndexCommit().getUserData();
        }
    }

    public String modelId() {
        return modelId;
    }

    public TextAnalyzer analyzer() {
        return analyzer;
    }

    public IndexSearch search() {
        return search;
    }

    /** Adds or replaces one publication; visible to searches after {@link #commit()}. */
    public void upsert(IndexedPublication entry) {
        try {
            writer.updateDocument(new Term(IndexFields.ID, entry.publication().id()),
                    mapper.facets().build(mapper.toDocument(entry)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + entry.publication().id(), e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(IndexFields.ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + id, e);
        }
    }

    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the index", e);
        }
    }

    /**
     * A value remembered with the last commit (such as a calibration measured on this content), or empty.
     * Notes last until the content changes: every {@link #commit()} of changes drops them.
     */
    public synchronized Optional<String> note(String key) {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals(NOTE_PREFIX + key)) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** Remembers a value with the current content, durably (a commit of no content changes). */
    public synchronized void note(String key, String value) {
        try {
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put(NOTE_PREFIX + key, value);
            writer.setLiveCommitData(data.entrySet(), true);
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write note " + key + " to the index", e);
        }
    }

    /** Makes all changes durable in one atomic Lucene commit and visible to searches. */
    public synchronized void commit() {
        try {
            writer.setLiveCommitData(Map.of(IndexFields.MODEL_KEY, modelId).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index", e);
        }
    }

    public int size() {
        return search.count(new MatchAllDocsQuery());
    }

    /** Content hash of every indexed publication, by id. */
    public Map<String, String> hashes() {
        Map<String, String> out = new HashMap<>();
        search.forEachStored(new MatchAllDocsQuery(), doc -> out.put(doc.get(IndexFields.ID), doc.get(IndexFields.HASH)));
        return out;
    }

    public Optional<Publication> find(String id) {
        List<Document> docs = search.stored(new TermQuery(new Term(IndexFields.ID, id)), 1);
        return docs.isEmpty() ? Optional.empty() : Optional.of(mapper.publication(docs.get(0)));
    }

    /** The publication with exactly this title (ignoring case and punctuation), if any. */
    public Optional<Publication> findByTitle(String title) {
        List<Document> docs = search.stored(new TermQuery(new Term(IndexFields.TITLE_KEY, DocumentMapper.titleKey(title))), 1);
        return docs.isEmpty() ? Optional.empty() : Optional.of(mapper.publication(docs.get(0)));
    }

    public Optional<SentenceVectors> sentences(String id) {
        List<Document> docs = search.stored(new TermQuery(new Term(IndexFields.ID, id)), 1);
        return docs.isEmpty() ? Optional.empty() : Optional.of(mapper.sentences(docs.get(0)));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the index", e);
        }
    }
}
