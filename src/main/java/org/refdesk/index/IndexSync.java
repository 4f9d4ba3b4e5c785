package org.refdesk.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.refdesk.library.Publication;
import org.refdesk.library.SentenceSplitter;
import org.refdesk.library.WriteFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the index in line with a collection: new and changed records are embedded (or taken from the
 * embedding cache) and written, removed ones deleted, unchanged ones left alone; one atomic commit.
 * Not thread-safe: one sync at a time (callers serialise).
 */
public final class IndexSync {

    private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);
    /** Bump when what is stored per record changes (sentence splitting, fields, analysis), to re-index everything. */
    private static final String FORMAT = "refdesk-index-6";

    private final PublicationIndex index;
    private final Embedder embedder;
    private final Path dataDir;
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final ObjectMapper json = new ObjectMapper();

    public IndexSync(PublicationIndex index, Embedder embedder, Path dataDir) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
    }

    private static final Runnable NOTHING = () -> { };

    /** Makes the index hold exactly these publications. */
    public synchronized SyncReport sync(Collection<Publication> publications) {
        return apply(publications, true, NOTHING, NOTHING);
    }

    /** Adds or updates these publications, leaving all others in place. */
    public synchronized SyncReport upsert(Collection<Publication> publications) {
        return apply(publications, false, NOTHING, NOTHING);
    }

    /**
     * Adds or updates these publications as one change with {@code alsoDurable} (the journal's half of it):
     * both are applied or, with a {@link WriteFault}, neither; {@code undo} reverses {@code alsoDurable}
     * when the index fails after it.
     */
    public synchronized SyncReport upsert(Collection<Publication> publications, Runnable alsoDurable, Runnable undo) {
        return apply(publications, false, alsoDurable, undo);
    }

    /** Removes these ids in one atomic commit; returns how many were indexed. */
    public synchronized int remove(Collection<String> ids) {
        return remove(ids, NOTHING, NOTHING);
    }

    /** Removes these ids as one change with {@code alsoDurable}, as {@link #upsert(Collection, Runnable, Runnable)}. */
    public synchronized int remove(Collection<String> ids, Runnable alsoDurable, Runnable undo) {
        Map<String, String> existing = index.hashes();
        int removed = 0;
        try {
            for (String id : ids) {
                if (existing.containsKey(id)) {
                    index.delete(id);
                    removed++;
                }
            }
        } catch (RuntimeException e) {
            index.discard();
            throw WriteFault.of(e);
        }
        commit(removed > 0, alsoDurable, undo);
        return removed;
    }

    /**
     * Builds a new index of exactly these publications in a folder beside the one in use, while that one
     * keeps serving searches, then swaps it in at once; see {@link IndexRebuild}.
     */
    public synchronized SyncReport rebuild(Collection<Publication> publications) {
        return new IndexRebuild(index, embedder, dataDir).run(publications, diff(index.hashes(), publications));
    }

    private void commit(boolean indexChanged, Runnable alsoDurable, Runnable undo) {
        if (indexChanged) {
            index.commit(alsoDurable, undo);
        } else {
            try {
                alsoDurable.run();
            } catch (RuntimeException e) {
                throw WriteFault.of(e);
            }
        }
    }

    private SyncReport apply(Collection<Publication> publications, boolean removeOthers, Runnable alsoDurable,
                             Runnable undo) {
        long start = System.nanoTime();
        Map<String, String> existing = index.hashes();
        Diff diff = diff(existing, publications);
        int removed = 0;
        int embedded;
        try {
            if (removeOthers) {
                for (String id : diff.gone()) {
                    index.delete(id);
                    removed++;
                }
            }
            // a sync that changes nothing leaves the embedding cache unread: pruning it means reading it whole and
            // hashing every text, most of a restart's sync on a large library; what it would drop goes at the next
            // sync that changes the index
            boolean changes = !diff.changed().isEmpty() || removed > 0;
            embedded = write(diff.changed(), diff.hashes(), removeOthers && changes ? diff.wanted().values() : null);
        } catch (RuntimeException e) {
            index.discard();
            throw WriteFault.of(e);
        }
        commit(!diff.changed().isEmpty() || removed > 0, alsoDurable, undo);
        long millis = (System.nanoTime() - start) / 1_000_000;
        SyncReport report = new SyncReport(diff.added(), diff.updated(), removed, diff.unchanged(), embedded, millis);
        LOG.info("Index sync: {} added, {} updated, {} removed, {} unchanged, {} texts embedded, {} ms",
                report.added(), report.updated(), report.removed(), report.unchanged(), embedded, millis);
        return report;
    }

    Diff diff(Map<String, String> existing, Collection<Publication> publications) {
        Map<String, Publication> wanted = new LinkedHashMap<>();
        publications.forEach(p -> wanted.put(p.id(), p));
        List<Publication> changed = new ArrayList<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        int added = 0;
        for (Publication p : wanted.values()) {
            String hash = hash(p);
            hashes.put(p.id(), hash);
            String old = existing.get(p.id());
            if (!hash.equals(old)) {
                changed.add(p);
                added += old == null ? 1 : 0;
            }
        }
        List<String> gone = existing.keySet().stream().filter(id -> !wanted.containsKey(id)).toList();
        return new Diff(wanted, changed, hashes, added, changed.size() - added, gone);
    }

    /** How a wanted collection differs from what is indexed. */
    record Diff(Map<String, Publication> wanted, List<Publication> changed, Map<String, String> hashes,
                        int added, int updated, List<String> gone) {
        int removed() {
            return gone.size();
        }

        int unchanged() {
            return wanted.size() - added - updated;
        }
    }

    /** Embeds what the cache lacks, in one batch, and writes the changed records; returns texts embedded. */
    private int write(List<Publication> changed, Map<String, String> hashes, Collection<Publication> all) {
        if (changed.isEmpty() && all == null) {
            return 0;
        }
        EmbeddingCache cache = EmbeddingCache.open(dataDir, embedder.modelId());
        Map<String, String> missing = new LinkedHashMap<>();
        Map<Publication, List<String>> sentences = new LinkedHashMap<>();
        for (Publication p : changed) {
            List<String> split = splitter.split(p.abstractText());
            sentences.put(p, split);
            need(cache, p.searchableText(), missing);
            split.forEach(s -> need(cache, s, missing));
        }
        List<String> texts = new ArrayList<>(missing.values());
        List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedPassages(texts);
        int i = 0;
        for (String key : missing.keySet()) {
            cache.put(key, vectors.get(i++));
        }
        for (Publication p : changed) {
            List<float[]> sentenceVectors = sentences.get(p).stream().map(s -> cache.get(key(s))).toList();
            index.upsert(new IndexedPublication(p, hashes.get(p.id()), cache.get(key(p.searchableText())),
                    sentences.get(p), sentenceVectors));
        }
        if (all != null) {
            cache.retain(keysOf(all));
        }
        cache.save();
        return texts.size();
    }

    private Set<String> keysOf(Collection<Publication> all) {
        Set<String> keys = new HashSet<>();
        for (Publication p : all) {
            keys.add(key(p.searchableText()));
            splitter.split(p.abstractText()).forEach(s -> keys.add(key(s)));
        }
        return keys;
    }

    private void need(EmbeddingCache cache, String text, Map<String, String> missing) {
        String key = key(text);
        if (cache.get(key) == null) {
            missing.putIfAbsent(key, text);
        }
    }

    private String key(String text) {
        return EmbeddingCache.key(embedder.modelId(), text);
    }

    private String hash(Publication p) {
        try {
            return EmbeddingCache.key(FORMAT + "/" + embedder.modelId(), json.writeValueAsString(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + p.id(), e);
        }
    }
}
