package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.refdesk.index.Embedder;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.ScoredId;
import org.refdesk.library.Publication;

/**
 * Hybrid retrieval: a BM25 list and a dense-vector list under the same filters, fused by reciprocal
 * rank (never by raw scores, which live on different scales), then judged by the {@link AbstentionGate}.
 * Thread-safe.
 */
public final class HybridRetriever {

    /** How deep each list goes before fusion. */
    private static final int DEPTH = 50;
    /** Reports kept after fusion for the gate and the answer. */
    private static final int KEEP = 12;
    private static final int RRF_K = 60;
    /** Set on the dev questions: BM25 slightly ahead, since titles and abstracts name topics exactly. */
    private static final double LEXICAL_WEIGHT = 1.3;
    private static final double DENSE_WEIGHT = 1.0;

    private final PublicationIndex index;
    private final Embedder embedder;
    private final AbstentionGate gate;
    private final Supplier<Calibration> calibration;

    public HybridRetriever(PublicationIndex index, Embedder embedder, AbstentionGate gate,
                           Supplier<Calibration> calibration) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
    }

    public Retrieval retrieve(Understanding u) {
        List<Candidate> candidates = candidates(u, Mode.HYBRID);
        if (u.newestFirst()) {
            candidates = candidates.stream().sorted(Comparator.comparingInt((Candidate c) ->
                    c.publication().year() == null ? Integer.MIN_VALUE : c.publication().year()).reversed()).toList();
        }
        return gate.judge(u, candidates, calibration.get());
    }

    /** The fused candidates before the gate; {@code mode} allows measuring each list alone. */
    public List<Candidate> candidates(Understanding u, Mode mode) {
        IndexSearch search = index.search();
        List<ScoredId> lexical = mode == Mode.DENSE ? List.of() : search.lexical(u.searchText(), u.filter(), DEPTH);
        String denseText = u.meaningText();
        List<ScoredId> dense = mode == Mode.LEXICAL ? List.of()
                : search.dense(embedder.embedQuery(denseText), u.filter(), DEPTH);
        Map<String, double[]> fused = new HashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            double[] f = fused.computeIfAbsent(lexical.get(i).id(), id -> new double[] {0, 0, 0, 0, Double.NaN});
            f[0] += LEXICAL_WEIGHT / (RRF_K + i + 1);
            f[1] = i + 1;
            f[3] = lexical.get(i).score();
        }
        for (int i = 0; i < dense.size(); i++) {
            double[] f = fused.computeIfAbsent(dense.get(i).id(), id -> new double[] {0, 0, 0, 0, Double.NaN});
            f[0] += DENSE_WEIGHT / (RRF_K + i + 1);
            f[2] = i + 1;
            f[4] = cosine(dense.get(i).score());
        }
        Set<String> distinctive = new HashSet<>(gate.distinctiveTerms(u));
        List<Map.Entry<String, double[]>> kept = fused.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .limit(KEEP).toList();
        Map<String, Set<String>> contained = search.termsIn(kept.stream().map(Map.Entry::getKey).toList(), distinctive);
        List<Candidate> out = new ArrayList<>();
        kept.forEach(e -> index.find(e.getKey()).ifPresent(p -> out.add(candidate(p, e.getValue(),
                contained.getOrDefault(p.id(), Set.of()).stream().sorted().toList()))));
        return out;
    }

    private static Candidate candidate(Publication p, double[] f, List<String> matched) {
        return new Candidate(p, f[0], (int) f[1], (int) f[2], (float) f[3], (float) f[4], matched);
    }

    /** Lucene reports cosine similarity as (1 + cos) / 2; this undoes that. */
    static float cosine(float luceneScore) {
        return 2 * luceneScore - 1;
    }

    /** Which ranked lists to use: both (the product), or one alone (for measurement). */
    public enum Mode { HYBRID, LEXICAL, DENSE }
}
