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
    private static final String FORMAT = "refdesk-index-7";

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

    /**
     * Embeds what the caches lack, one batch per model, and writes the changed records; returns texts embedded.
     */
    private int write(List<Publication> changed, Map<String, String> hashes, Collection<Publication> all) {
        if (changed.isEmpty() && all == null) {
            return 0;
        }
        Map<Publication, List<String>> sentences = new LinkedHashMap<>();
        changed.forEach(p -> sentences.put(p, splitter.split(p.abstractText())));
        // what the caches keep on a full sync: every text of the library, split into sentences once for both models
        List<String> kept = all == null ? null : textsOf(all);
        Vectors primary = embed(embedder, sentences, kept);
        Vectors second = embedder.companion().map(c -> embed(c, sentences, kept)).orElse(null);
        for (Publication p : changed) {
            List<String> split = sentences.get(p);
            index.upsert(new IndexedPublication(p, hashes.get(p.id()), primary.of(p.searchableText()), split,
                    primary.of(split), second == null ? null : second.of(p.searchableText()),
                    second == null ? List.of() : second.of(split)));
        }
        return primary.embedded() + (second == null ? 0 : second.embedded());
    }

    /**
     * The vectors one model gives these records and their sentences, from its own cache where it has them; the
     * cache keeps only the vectors of {@code kept} when it is given.
     */
    private Vectors embed(Embedder model, Map<Publication, List<String>> sentences, List<String> kept) {
        String id = model.ownModelId();
        EmbeddingCache cache = EmbeddingCache.open(dataDir, id);
        Map<String, String> missing = new LinkedHashMap<>();
        sentences.forEach((p, split) -> {
            need(cache, id, p.searchableText(), missing);
            split.forEach(s -> need(cache, id, s, missing));
        });
        List<String> texts = new ArrayList<>(missing.values());
        List<float[]> vectors = texts.isEmpty() ? List.of() : model.embedPassages(texts);
        int i = 0;
        for (String key : missing.keySet()) {
            cache.put(key, vectors.get(i++));
        }
        Vectors out = new Vectors(cache, id, texts.size());
        if (kept != null) {
            Set<String> keys = new HashSet<>();
            kept.forEach(text -> keys.add(EmbeddingCache.key(id, text)));
            cache.retain(keys);
        }
        cache.save();
        return out;
    }

    /** One model's cached vectors, looked up by text; {@code embedded} of them were computed just now. */
    private record Vectors(EmbeddingCache cache, String modelId, int embedded) {
        float[] of(String text) {
            return cache.get(EmbeddingCache.key(modelId, text));
        }

        List<float[]> of(List<String> texts) {
            return texts.stream().map(this::of).toList();
        }
    }

    /** Every text these records are embedded by: each record whole and each of its abstract sentences. */
    private List<String> textsOf(Collection<Publication> all) {
        List<String> texts = new ArrayList<>();
        for (Publication p : all) {
            texts.add(p.searchableText());
            texts.addAll(splitter.split(p.abstractText()));
        }
        return texts;
    }

    private static void need(EmbeddingCache cache, String modelId, String text, Map<String, String> missing) {
        String key = EmbeddingCache.key(modelId, text);
        if (cache.get(key) == null) {
            missing.putIfAbsent(key, text);
        }
    }

    private String hash(Publication p) {
        try {
            return EmbeddingCache.key(FORMAT + "/" + embedder.modelId(), json.writeValueAsString(p));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + p.id(), e);
        }
    }
}
