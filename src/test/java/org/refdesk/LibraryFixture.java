package org.refdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.refdesk.config.Settings;
import org.refdesk.index.Embedder;
import org.refdesk.index.EmbeddingModels;

/**
 * The parts {@link TestLibrary} shares: settings for a library under {@code dir} (the bundled seeds copied
 * into {@code dir/seeds}, the index in {@code dir/data}) and one real ONNX model shared by every test class of
 * the run (it is immutable and thread-safe, and loading it is the slow part).
 */
public final class LibraryFixture {

    public static final Path BUNDLED_SEEDS = Path.of("seeds/000_6620e883614441ff.txt");

    private LibraryFixture() {
    }

    /** Loaded once, on first use, by the class loader's lock: no mutable static, safe from any thread. */
    private static final class Shared {
        static final Embedder MODEL = EmbeddingModels.load(Settings.DEFAULT_MODEL);
    }

    /** The default model, loaded once for the run. Its counters (passages embedded, cache hits) are shared. */
    public static Embedder embedder() {
        return Shared.MODEL;
    }

    /** Settings for a library under {@code dir}, with the seeds copied in. */
    public static Settings settings(Path dir) {
        try {
            Path seeds = Files.createDirectories(dir.resolve("seeds"));
            if (!Files.exists(seeds.resolve(BUNDLED_SEEDS.getFileName()))) {
                Files.copy(BUNDLED_SEEDS, seeds.resolve(BUNDLED_SEEDS.getFileName()));
            }
            return Settings.fromEnvironment(Map.of()).withStorage(seeds, dir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
