package org.refdesk.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One of LangChain4j's packaged ONNX models, loaded from the same jar resources, but with an ONNX
 * session tuned for a server answering many questions at once: one intra-op thread per inference and
 * no spin-waiting (measured on 2 cores, 16 concurrent callers: 392 instead of 315 embeddings/s, and a
 * single question in 3.5 instead of 4.3 ms). Batches still use every core through the executor.
 * Thread-safe.
 */
final class TunedOnnxModel extends AbstractInProcessEmbeddingModel {

    private static final ExecutorService BATCHES = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), runnable -> {
                Thread t = new Thread(runnable, "embedding-batch");
                t.setDaemon(true);
                return t;
            });
    private static final Logger LOG = LoggerFactory.getLogger(TunedOnnxModel.class);
    private final OnnxBertBiEncoder encoder;

    private TunedOnnxModel(OnnxBertBiEncoder encoder) {
        super(BATCHES);
        this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    /**
     * Loads {@code modelResource} and {@code tokenizerResource} from the classpath; with a folder, the model
     * is read from its checked copy there (see {@link ExtractedResource}) rather than inflated from the jar, and so
     * are ONNX Runtime's native libraries ({@link OnnxRuntimeLibraries}).
     */
    static EmbeddingModel load(String modelResource, String tokenizerResource, PoolingMode pooling,
                               Optional<Path> folder) {
        NoTelemetry.optOut();
        folder.ifPresent(f -> OnnxRuntimeLibraries.keepIn(f.resolve("native")));
        Optional<Path> modelFile = folder.flatMap(f -> extracted(modelResource, f));
        try (InputStream tokenizer = resource(tokenizerResource)) {
            OrtEnvironment env = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = modelFile.isPresent() ? env.createSession(modelFile.get().toString(), options)
                    : env.createSession(bytes(modelResource), options);
            return new TunedOnnxModel(new OnnxBertBiEncoder(env, session, tokenizer, pooling));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read embedding model " + modelResource, e);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot start embedding model " + modelResource + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> extracted(String name, Path folder) {
        try {
            return ExtractedResource.file(name, folder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot keep the embedding model in {} ({}); reading it from the jar", folder, e.toString());
            return Optional.empty();
        }
    }

    private static byte[] bytes(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return in.readAllBytes();
        }
    }

    private static InputStream resource(String name) {
        InputStream in = TunedOnnxModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("embedding model resource " + name + " is missing from the classpath");
        }
        return in;
    }
}
