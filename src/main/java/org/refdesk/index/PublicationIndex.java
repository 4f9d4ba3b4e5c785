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
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.TermQuery;
import org.refdesk.library.Publication;
import org.refdesk.library.WriteFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The on-disk Lucene index of the library: BM25 text fields, facets, and embedding vectors (HNSW with
 * int8 scalar quantization). Searches see the last commit only. A write either commits or fails with a
 * {@link WriteFault}, leaving the last commit as it was and the writer ready for the next write. A rebuilt
 * index (another folder) can be swapped in with {@link #adopt}; searches move to it at once. Thread-safe.
 */
public final class PublicationIndex implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationIndex.class);
    private static final String NOTE_PREFIX = "refdesk.note.";
    /** Titles looked at when a short title is asked for: more than any series of one name holds. */
    private static final int SHORT_TITLE_CANDIDATES = 50;
    private final DocumentMapper mapper;
    private final TextAnalyzer analyzer;
    private final IndexSearch search;
    private final String modelId;
    private volatile IndexGeneration generation;

    private PublicationIndex(IndexGeneration generation, TextAnalyzer analyzer, String modelId) {
        this.generation = generation;
        this.analyzer = analyzer;
        this.mapper = new DocumentMapper(analyzer);
        this.modelId = modelId;
        this.search = new IndexSearch(() -> this.generation.searchers(), mapper, analyzer);
    }

    /**
     * Opens (or creates) the index in {@code dir} for vectors of {@code modelId}. An index built with
     * another model is emptied, since its vectors cannot be compared with the new model's.
     */
    public static PublicationIndex open(Path dir, String modelId) {
        Objects.requireNonNull(modelId, "modelId");
        TextAnalyzer analyzer = new TextAnalyzer();
        try {
            return new PublicationIndex(IndexGeneration.open(dir, analyzer, modelId), analyzer, modelId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open index in " + dir, e);
        }
    }

    /** The folder searches read now. */
    public Path dir() {
        return generation.dir();
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
    public synchronized void upsert(IndexedPublication entry) {
        try {
            generation.writer().updateDocument(new Term(IndexFields.ID, entry.publication().id()),
                    mapper.facets().build(mapper.toDocument(entry)));
        } catch (IOException | RuntimeException e) {
            throw failed(e);
        }
    }

    public synchronized void delete(String id) {
        try {
            generation.writer().deleteDocuments(new Term(IndexFields.ID, id));
        } catch (IOException | RuntimeException e) {
            throw failed(e);
        }
    }

    /** Drops every change since the last commit (after a failure elsewhere in the same operation). */
    public synchronized void discard() {
        generation.discard();
    }

    private WriteFault failed(Exception e) {
        generation.discard();
        return WriteFault.of(e);
    }

    /**
     * A value remembered with the last commit (such as a calibration measured on this content), or empty.
     * Notes last until the content changes: every {@link #commit()} of changes drops them.
     */
    public synchronized Optional<String> note(String key) {
        try {
            for (Map.Entry<String, String> e : generation.writer().getLiveCommitData()) {
                if (e.getKey().equals(NOTE_PREFIX + key)) {
                    return Optional.of(e.getValue());
                }
            }
        } catch (IOException | RuntimeException e) {
            generation.discard();
            LOG.debug("Index notes unavailable: {}", e.toString());
        }
        return Optional.empty();
    }

    /**
     * Remembers a value with the current content, durably (a commit of no content changes). A note is a
     * cache: when it cannot be written (a full disk) it is skipped with a warning, not failed.
     */
    public synchronized void note(String key, String value) {
        try {
            IndexWriter writer = generation.writer();
            Map<String, String> data = new HashMap<>();
            writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
            data.put(NOTE_PREFIX + key, value);
            writer.setLiveCommitData(data.entrySet(), true);
            writer.commit();
        } catch (IOException | RuntimeException e) {
            generation.discard();
            LOG.warn("Index note {} not saved ({}); it is measured again next time", key,
                    WriteFault.of(e).kind().description());
        }
    }

    /** Makes all changes durable in one atomic Lucene commit and visible to searches. */
    public void commit() {
        commit(() -> { }, () -> { });
    }

    /**
     * Commits in two phases around {@code alsoDurable} (another store's part of the same change): the index
     * is prepared (flushed and synced), then {@code alsoDurable} runs, then the commit is published. If the
     * index fails before, or {@code alsoDurable} throws, nothing is committed; if publishing fails after
     * {@code alsoDurable} succeeded, {@code undo} reverses it. Either way a failure leaves the last commit
     * as it was and throws {@link WriteFault}.
     */
    public synchronized void commit(Runnable alsoDurable, Runnable undo) {
        IndexWriter writer;
        try {
            writer = generation.writer();
            writer.setLiveCommitData(Map.of(IndexFields.MODEL_KEY, modelId).entrySet());
            writer.prepareCommit();
        } catch (IOException | RuntimeException e) {
            throw failed(e);
        }
        try {
            alsoDurable.run();
        } catch (RuntimeException e) {
            generation.discard();
            throw WriteFault.of(e);
        }
        try {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            WriteFault fault = failed(e);
            undo.run();
            throw fault;
        }
        refresh();
    }

    private void refresh() {
        try {
            generation.refresh();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Index committed but searches still see the previous commit ({}); retried at the next change",
                    e.toString());
        }
    }

    /**
     * Swaps in {@code next} (a complete index in another folder, committed): searches use it from now on,
     * this index's former folder is closed, and {@code next} must not be used or closed afterwards.
     * Returns the former folder, for the caller to delete.
     */
    public Path adopt(PublicationIndex next) {
        IndexGeneration old;
        synchronized (this) {
            synchronized (next) {
                old = generation;
                generation = next.generation;
                next.generation = null;
            }
        }
        old.close();
        return old.dir();
    }

    public int size() {
        return search.count(new MatchAllDocsQuery());
    }

    /** Content hash of every indexed publication, by id. */
    public Map<String, String> hashes() {
        Map<String, String> out = new HashMap<>();
        search.forEachStored(new MatchAllDocsQuery(), doc -> out.put(doc.get(IndexFields.ID),
                doc.get(IndexFields.HASH)));
        return out;
    }

    public Optional<Publication> find(String id) {
        return Optional.ofNullable(search.publications(List.of(id)).get(id));
    }

    /** The publication with exactly this title (ignoring case and punctuation), if any. */
    public Optional<Publication> findByTitle(String title) {
        List<Document> docs = search.stored(new TermQuery(new Term(IndexFields.TITLE_KEY,
                DocumentMapper.titleKey(title))), 1);
        return docs.isEmpty() ? Optional.empty() : Optional.of(mapper.publication(docs.get(0)));
    }

    /**
     * The one publication whose title before its colon is this ("Ship to Shore Rights" for "Ship to Shore Rights:
     * Baseline Research…"), ignoring case and punctuation; empty when no title or several titles start so.
     */
    public Optional<Publication> findByShortTitle(String shortTitle) {
        String key = DocumentMapper.titleKey(shortTitle);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        List<Publication> found = search.stored(new PrefixQuery(new Term(IndexFields.TITLE_KEY, key + " ")),
                        SHORT_TITLE_CANDIDATES).stream().map(mapper::publication)
                .filter(p -> p.title().indexOf(':') > 0
                        && DocumentMapper.titleKey(p.title().substring(0, p.title().indexOf(':'))).equals(key))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The record's abstract sentences and their vectors, decoded once per index reader (see {@link IndexSearch}). */
    public Optional<SentenceVectors> sentences(String id) {
        return Optional.ofNullable(search.sentenceVectors(List.of(id)).get(id));
    }

    @Override
    public synchronized void close() {
        if (generation != null) {
            generation.close();
        }
    }
}
