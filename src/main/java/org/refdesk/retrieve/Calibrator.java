package org.refdesk.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.refdesk.index.Embedder;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.ScoredId;
import org.refdesk.index.SearchFilter;
import org.refdesk.index.VectorSpace;

/**
 * Measures the {@link Calibration} of the meaning models on a collection by asking the shipped off-topic probe
 * questions against it. Runs once per index change; thread-safe.
 */
public final class Calibrator {

    /** Bump when what is measured changes, so calibrations remembered in an index are measured again. */
    private static final int MEASURE_VERSION = 6;
    /** Reports whose sentences are compared with a probe: the same closeness the gate judges by. */
    private static final int PROBE_DEPTH = 10;
    private final List<String> probes = probes();

    /**
     * The calibration of this model on the index's current content: remembered with the index, so a
     * restart on unchanged content embeds no probe questions (and need not wait for the model).
     */
    public Calibration calibrate(PublicationIndex index, Embedder embedder) {
        if (index.size() == 0) {
            return Calibration.UNCALIBRATED;
        }
        String key = "calibration-" + MEASURE_VERSION + "-" + Integer.toHexString(probes.hashCode());
        Optional<Calibration> known = index.note(key).flatMap(Calibrator::parse);
        if (known.isPresent()) {
            return known.get();
        }
        Calibration measured = measure(index, embedder);
        index.note(key, measured.offTopicCeiling() + ";" + measured.offTopicMean() + ";" + measured.offTopicGap() + ";"
                + measured.companionGap() + ";" + measured.companionCeiling() + ";" + measured.companionScale());
        return measured;
    }

    private static Optional<Calibration> parse(String note) {
        String[] parts = note.split(";");
        try {
            return parts.length == 6
                    ? Optional.of(new Calibration(Float.parseFloat(parts[0]), Float.parseFloat(parts[1]),
                            Float.parseFloat(parts[2]), Float.parseFloat(parts[3]), Float.parseFloat(parts[4]),
                            Float.parseFloat(parts[5])))
                    : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Calibration measure(PublicationIndex index, Embedder embedder) {
        Levels primary = levels(index, embedder, VectorSpace.PRIMARY);
        Levels companion = embedder.companion().map(c -> levels(index, c, VectorSpace.COMPANION))
                .orElse(Levels.NONE);
        float scale = primary.spread() > 0 && companion != Levels.NONE ? companion.spread() / primary.spread() : 1f;
        return new Calibration(primary.ceiling(), primary.mean(), primary.gap(), companion.gap(), companion.ceiling(),
                scale);
    }

    /** The off-topic levels of one model, on its own vectors in the index. */
    private Levels levels(PublicationIndex index, Embedder model, VectorSpace space) {
        List<Float> tops = new ArrayList<>();
        List<Float> gaps = new ArrayList<>();
        for (String probe : probes) {
            float[] vector = model.embedQueryUncached(probe);
            List<ScoredId> hits = new SentenceMatch(index.search(), space)
                    .rescore(index.search().dense(space, vector, SearchFilter.NONE, PROBE_DEPTH), vector);
            if (!hits.isEmpty()) {
                float closest = HybridRetriever.cosine(hits.get(0).score());
                tops.add(closest);
                if (hits.size() > 1) {
                    gaps.add(closest - HybridRetriever.cosine(hits.get(1).score()));
                }
            }
        }
        if (tops.isEmpty()) {
            return Levels.NONE;
        }
        float mean = (float) tops.stream().mapToDouble(Float::doubleValue).average().orElse(1);
        float spread = (float) Math.sqrt(tops.stream().mapToDouble(t -> (t - mean) * (t - mean)).average().orElse(0));
        return new Levels(p99(tops), mean, gaps.isEmpty() ? 1f : p99(gaps), spread);
    }

    /**
     * One model's off-topic ceiling, mean closest cosine, gap and spread (standard deviation of the closest cosines);
     * none (1, never reached) without the model.
     */
    private record Levels(float ceiling, float mean, float gap, float spread) {
        static final Levels NONE = new Levels(1f, 1f, 1f, 1f);
    }

    /**
     * What one everyday question in a hundred reaches. Over 120 probes this is steady when a library grows by a few
     * reports; over the earlier 30, the 95th percentile was the second-highest value, and eleven added reports
     * that narrowed one probe's margin halved the margin a report must stand out by.
     */
    private static float p99(List<Float> values) {
        List<Float> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1));
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
