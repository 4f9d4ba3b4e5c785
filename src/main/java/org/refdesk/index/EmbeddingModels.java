package org.refdesk.index;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.nio.file.Path;
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

    public static Choice choice(String id) {
        return CHOICES.stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown embedding model '" + id + "'; choose one of " + ids()));
    }

    /** Loads the ONNX model (one to three seconds) and wraps it. */
    public static Embedder load(String id) {
        Choice choice = choice(id);
        return new Embedder(choice, choice.factory().get());
    }

    /**
     * Starts loading the ONNX model on a background thread and returns at once, so a server can open its
     * index and start listening meanwhile; whatever needs the model waits for it.
     */
    public static Embedder loadInBackground(String id) {
        return loadInBackground(id, Optional.empty());
    }

    /** As {@link #loadInBackground(String)}, keeping the model file in {@code folder} between starts. */
    public static Embedder loadInBackground(String id, Optional<Path> folder) {
        Choice choice = choice(id);
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
