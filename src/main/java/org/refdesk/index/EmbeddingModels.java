package org.refdesk.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The in-process ONNX embedding models refdesk can use, by id. */
public final class EmbeddingModels {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddingModels.class);

    /**
     * BGE expects its retrieval instruction before queries and nothing before passages; E5 expects
     * "query: " and "passage: "; MiniLM takes plain text. Resources and pooling are those of the
     * LangChain4j model artifacts (BGE pools the CLS token, the others the mean).
     */
    private static final List<Choice> CHOICES = List.of(
            new Choice("bge-small-en-v15-q", "Represent this sentence for searching relevant passages: ", "",
                    folder -> TunedOnnxModel.load("bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json",
                            PoolingMode.CLS, folder)),
            new Choice("all-minilm-l6-v2-q", "", "",
                    folder -> TunedOnnxModel.load("all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json",
                            PoolingMode.MEAN, folder)),
            new Choice("e5-small-v2-q", "query: ", "passage: ",
                    folder -> TunedOnnxModel.load("e5-small-v2-q.onnx", "e5-small-v2-q-tokenizer.json", PoolingMode.MEAN, folder)));

    private EmbeddingModels() {
    }

    public static List<String> ids() {
        return CHOICES.stream().map(Choice::id).toList();
    }

    /**
     * The models a setting names: one id, or a primary model and its companion joined by "+"
     * ("bge-small-en-v15-q+e5-small-v2-q"), each one of {@link #ids()}.
     */
    public static List<Choice> choices(String spec) {
        String[] parts = spec.split("\\+", -1);
        if (parts.length > 2 || parts.length == 2 && parts[0].equals(parts[1])) {
            throw new IllegalArgumentException("embedding model '" + spec + "' must be one model or two different "
                    + "ones joined by '+', of " + ids());
        }
        return Arrays.stream(parts).map(String::strip).map(EmbeddingModels::choice).toList();
    }

    public static Choice choice(String id) {
        return CHOICES.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown embedding model '" + id + "'; choose one of " + ids()));
    }

    /** Loads the ONNX model (one to three seconds), and its companion when {@code spec} names one, and wraps them. */
    public static Embedder load(String spec) {
        List<Embedder> loaded = choices(spec).stream().map(c -> new Embedder(c, c.factory().get())).toList();
        return loaded.size() == 1 ? loaded.get(0) : loaded.get(0).withCompanion(loaded.get(1));
    }

    /**
     * Starts loading the ONNX model on a background thread and returns at once, so a server can open its
     * index and start listening meanwhile; whatever needs the model waits for it.
     */
    public static Embedder loadInBackground(String id) {
        return loadInBackground(id, Optional.empty());
    }

    /**
     * As {@link #loadInBackground(String)}, keeping the model files in {@code folder} between starts; a companion
     * model loads on a thread of its own.
     */
    public static Embedder loadInBackground(String spec, Optional<Path> folder) {
        List<Embedder> loading = choices(spec).stream().map(c -> loadInBackground(c, folder)).toList();
        return loading.size() == 1 ? loading.get(0) : loading.get(0).withCompanion(loading.get(1));
    }

    private static Embedder loadInBackground(Choice choice, Optional<Path> folder) {
        String id = choice.id();
        CompletableFuture<EmbeddingModel> model = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                long start = System.nanoTime();
                model.complete(choice.loader().apply(folder));
                LOG.debug("Embedding model {} loaded in {} ms", id, (System.nanoTime() - start) / 1_000_000);
            } catch (RuntimeException | Error e) {
                model.completeExceptionally(e);
            }
        }, "embedding-model-loader");
        loader.setDaemon(true);
        loader.start();
        return new Embedder(choice, model);
    }

    /** One selectable model and its text conventions. */
    public record Choice(String id, String queryPrefix, String passagePrefix,
                         Function<Optional<Path>, EmbeddingModel> loader) {

        /** Loads the model straight from the jar. */
        public Supplier<EmbeddingModel> factory() {
            return () -> loader.apply(Optional.empty());
        }
    }
}
