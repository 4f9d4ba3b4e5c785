package org.refdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.refdesk.config.Settings;
import org.refdesk.index.Embedder;
import org.refdesk.index.EmbeddingModels;
import org.refdesk.index.IndexSync;
import org.refdesk.index.PublicationIndex;
import org.refdesk.library.CollectionReader;

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

    /**
     * The bundled seeds' embedding caches (one file per model), computed once for the run by a real sync with the
     * shared model; built on first use, by the class loader's lock.
     */
    private static final class SeedEmbeddings {
        static final Path DATA = build();

        private static Path build() {
            try {
                Path dir = Files.createTempDirectory("refdesk-seed-embeddings");
                Path seeds = Files.createDirectories(dir.resolve("seeds"));
                Files.copy(BUNDLED_SEEDS, seeds.resolve(BUNDLED_SEEDS.getFileName()));
                try (PublicationIndex index = PublicationIndex.open(dir.resolve("index"), embedder().modelId())) {
                    new IndexSync(index, embedder(), Files.createDirectories(dir.resolve("data")))
                            .sync(new CollectionReader().readDirectory(seeds).publications());
                }
                return dir.resolve("data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Puts the bundled seeds' embedding caches into a library's data folder that has none, as a restart finds
     * them: each test library would otherwise embed the same 134 texts with both models again (vectors from the
     * same real models, computed once for the run; new records are still embedded as usual).
     */
    public static void seedEmbeddings(Path data) {
        try (var caches = Files.list(SeedEmbeddings.DATA)) {
            Files.createDirectories(data);
            for (Path cache : caches.filter(p -> p.getFileName().toString().endsWith(".bin")).toList()) {
                Path target = data.resolve(cache.getFileName());
                if (!Files.exists(target)) {
                    Files.copy(cache, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            seedEmbeddings(dir.resolve("data"));
            return Settings.fromEnvironment(Map.of()).withStorage(seeds, dir.resolve("data"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
