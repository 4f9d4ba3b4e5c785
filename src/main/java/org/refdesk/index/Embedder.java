package org.refdesk.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The in-process embedding model with the query and passage conventions of its family, and a small
 * LRU cache of query embeddings (training sessions repeat the same starter questions). It may carry a
 * companion: a second model whose vectors the index keeps beside this one's, a second opinion in the fusion of
 * ranked lists. Thread-safe.
 */
public final class Embedder {

    private static final int QUERY_CACHE_SIZE = 2048;
    private static final int BATCH = 256;

    private final EmbeddingModels.Choice choice;
    private final CompletableFuture<EmbeddingModel> model;
    private final Map<String, float[]> queryCache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > QUERY_CACHE_SIZE;
        }
    };
    private final AtomicLong passagesEmbedded = new AtomicLong();
    private final AtomicLong queryCacheHits = new AtomicLong();
    private final Embedder companion;

    public Embedder(EmbeddingModels.Choice choice, EmbeddingModel model) {
        this(choice, CompletableFuture.completedFuture(Objects.requireNonNull(model, "model")));
    }

    /** An embedder whose model is still loading: calls that need it wait for it. */
    public Embedder(EmbeddingModels.Choice choice, CompletableFuture<EmbeddingModel> model) {
        this(choice, model, null);
    }

    private Embedder(EmbeddingModels.Choice choice, CompletableFuture<EmbeddingModel> model, Embedder companion) {
        this.choice = Objects.requireNonNull(choice, "choice");
        this.model = Objects.requireNonNull(model, "model");
        this.companion = companion;
    }

    /** This model with {@code second} as its companion (which must have none of its own). */
    public Embedder withCompanion(Embedder second) {
        Objects.requireNonNull(second, "second");
        if (second.companion != null || second.choice.id().equals(choice.id())) {
            throw new IllegalArgumentException("companion model " + second.modelId() + " cannot join " + modelId());
        }
        return new Embedder(choice, model, second);
    }

    /** The second model, when there is one. */
    public Optional<Embedder> companion() {
        return Optional.ofNullable(companion);
    }

    /** Waits until the model (and its companion) is loaded; throws what loading it threw. */
    public void awaitModel() {
        model();
        if (companion != null) {
            companion.awaitModel();
        }
    }

    /**
     * Waits until loading the model (and its companion) has ended, loaded or failed; never throws. The JVM crashes
     * when it exits while a model is still being loaded in native code.
     */
    public void settle() {
        model.handle((loaded, failure) -> loaded).join();
        if (companion != null) {
            companion.settle();
        }
    }

    private EmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** What embeds the index: this model's id, then "+" and the companion's when there is one. */
    public String modelId() {
        return companion == null ? choice.id() : choice.id() + "+" + companion.modelId();
    }

    /** This model's own id, without the companion's: the name of its embedding cache. */
    public String ownModelId() {
        return choice.id();
    }

    public int dimension() {
        return model().dimension();
    }

    /** Embeds a question, with the model's query instruction; repeated questions come from the cache. */
    public float[] embedQuery(String question) {
        String key = question.strip().toLowerCase(Locale.ROOT);
        synchronized (queryCache) {
            float[] cached = queryCache.get(key);
            if (cached != null) {
                queryCacheHits.incrementAndGet();
                return cached;
            }
        }
        float[] vector = model().embed(choice.queryPrefix() + question).content().vector();
        synchronized (queryCache) {
            queryCache.put(key, vector);
        }
        return vector;
    }

    /**
     * Embeds passages (abstracts, sentences) in batches, with the model's passage prefix. The model embeds
     * a batch's texts in parallel and the batch ends when its slowest text does, so batches are large and
     * start with their longest texts (a short one last fills the gap).
     */
    public List<float[]> embedPassages(List<String> texts) {
        float[][] out = new float[texts.size()][];
        for (int from = 0; from < texts.size(); from += BATCH) {
            List<Integer> order = new ArrayList<>();
            for (int i = from; i < Math.min(texts.size(), from + BATCH); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparingInt((Integer i) -> texts.get(i).length()).reversed());
            List<TextSegment> batch = order.stream().map(i -> TextSegment.from(choice.passagePrefix() + texts.get(i)))
                    .toList();
            List<Embedding> embedded = model().embedAll(batch).content();
            for (int j = 0; j < order.size(); j++) {
                out[order.get(j)] = embedded.get(j).vector();
            }
        }
        passagesEmbedded.addAndGet(texts.size());
        return List.of(out);
    }

    /** How many passages this embedder has computed since it was built. */
    public long passagesEmbedded() {
        return passagesEmbedded.get();
    }

    /** Embeds a question without the query cache (for calibration probes, computed once). */
    public float[] embedQueryUncached(String question) {
        return model().embed(choice.queryPrefix() + question).content().vector();
    }

    public long queryCacheHits() {
        return queryCacheHits.get();
    }
}
