package org.refdesk.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import org.refdesk.index.Embedder;
import org.refdesk.index.EmbeddingCache;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.ScoredId;
import org.refdesk.index.SearchFilter;

/**
 * Measures the {@link Calibration} of a model on a collection by asking the shipped off-topic probe
 * questions against it. Runs once per index change; thread-safe.
 */
public final class Calibrator {

    private final List<String> probes = probes();

    /** Probe vectors are kept in {@code probes-<model>.bin} under the data folder, so a restart embeds none. */
    public Calibration calibrate(PublicationIndex index, Embedder embedder, Path dataDir) {
        if (index.size() == 0) {
            return Calibration.UNCALIBRATED;
        }
        EmbeddingCache cache = EmbeddingCache.open(dataDir, "probes", embedder.modelId());
        List<Float> tops = new ArrayList<>();
        for (String probe : probes) {
            String key = EmbeddingCache.key(embedder.modelId(), "query\u0000" + probe);
            float[] vector = cache.get(key);
            if (vector == null) {
                vector = embedder.embedQueryUncached(probe);
                cache.put(key, vector);
            }
            List<ScoredId> hits = index.search().dense(vector, SearchFilter.NONE, 1);
            if (!hits.isEmpty()) {
                tops.add(HybridRetriever.cosine(hits.get(0).score()));
            }
        }
        cache.save();
        tops.sort(Float::compare);
        float p95 = tops.get(Math.min(tops.size() - 1, (int) Math.ceil(tops.size() * 0.95) - 1));
        float mean = (float) tops.stream().mapToDouble(Float::doubleValue).average().orElse(1);
        return new Calibration(p95, mean);
    }

    private static List<String> probes() {
        List<String> out = new ArrayList<>();
        try (InputStream in = Calibrator.class.getResourceAsStream("offtopic-probes.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource offtopic-probes.txt is missing from the build");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read offtopic-probes.txt", e);
        }
        return out;
    }
}
