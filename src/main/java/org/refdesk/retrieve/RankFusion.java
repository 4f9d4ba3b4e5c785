package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.refdesk.index.ScoredId;

/**
 * The fused order of one question's ranked lists: BM25 (its votes weighted by how far it can be trusted), the
 * primary meaning model and the companion, by reciprocal rank, never by raw scores. Two refinements decide which of
 * the first few reports leads, each from evidence rank fusion flattens, and each only when BM25's best report lacks
 * some of the question's distinctive content (a report holding all of it is whole evidence, and rank fusion's order
 * stands): how far ahead each model puts its best report ({@link MeaningVote}), and, when BM25's best report holds
 * less than half, both models agreeing on their best report. Per id the entries carry: fused score, lexical rank,
 * primary model's rank, BM25 score, cosine of the primary model, cosine of the companion. Stateless and thread-safe.
 */
final class RankFusion {

    /** The usual constant of reciprocal rank fusion. */
    private static final int RRF_K = 60;
    /** BM25's best report holding less than this share of the question's distinctive content is weak evidence. */
    private static final double HALF_TRUST = 0.5;
    /** BM25's best report holding all of the question's distinctive content (less rounding): whole evidence. */
    private static final double WHOLE = 0.999;
    /**
     * The first reports rank fusion ranks close enough that the order among them is open: the three an answer
     * shows first, and how high both meaning models must rank BM25's first report for all three lists to agree.
     */
    private static final int OPEN_DEPTH = 3;

    private RankFusion() {
    }

    /** BM25 and one meaning list, each with a full vote: the first ranking, from which BM25 takes feedback. */
    static List<Map.Entry<String, double[]>> fuse(List<ScoredId> lexical, List<ScoredId> dense) {
        return fuse(lexical, 1, dense, List.of(dense));
    }

    /**
     * The product's order: meaning keeps one vote, each model casting half of it when there is a companion; for a
     * question that is not a list, the leading report is then settled as the class describes. How far ahead the
     * models put a report counts only when the meaning searched is the question's {@code ownWords}: a follow-up
     * searched with the cited report's text ("more like that one, but worldwide") finds the reports most like that
     * report far ahead, which is not what its new words ask for.
     */
    static List<Map.Entry<String, double[]>> ordered(List<ScoredId> lexical, List<ScoredId> dense,
                                                     List<ScoredId> second, double lexicalWeight, boolean list,
                                                     boolean ownWords) {
        List<Map.Entry<String, double[]>> fused = fuse(lexical, lexicalWeight, dense,
                second.isEmpty() ? List.of(dense) : List.of(dense, second));
        if (list || second.isEmpty() || fused.isEmpty()) {
            return fused;
        }
        if (lexicalWeight >= WHOLE || !ownWords) {
            return agreedFirst(fused, dense, second, lexicalWeight);
        }
        List<Map.Entry<String, double[]>> standardised = fuse(lexical, lexicalWeight, dense,
                List.of(MeaningVote.combined(dense, second)));
        return agreedFirst(toFront(fused, standardised.get(0).getKey()), dense, second, lexicalWeight);
    }

    /**
     * Reciprocal rank fusion, best first: the BM25 list's votes weighted by {@code lexicalWeight}, the meaning lists
     * sharing one vote equally; {@code dense} (the primary model's list) gives each report its rank and cosine.
     */
    private static List<Map.Entry<String, double[]>> fuse(List<ScoredId> lexical, double lexicalWeight,
                                                          List<ScoredId> dense, List<List<ScoredId>> meaning) {
        Map<String, double[]> fused = new HashMap<>();
        for (int i = 0; i < lexical.size(); i++) {
            double[] f = entry(fused, lexical.get(i).id());
            f[0] += lexicalWeight / (RRF_K + i + 1);
            f[1] = i + 1;
            f[3] = lexical.get(i).score();
        }
        for (List<ScoredId> votes : meaning) {
            for (int i = 0; i < votes.size(); i++) {
                entry(fused, votes.get(i).id())[0] += 1.0 / meaning.size() / (RRF_K + i + 1);
            }
        }
        for (int i = 0; i < dense.size(); i++) {
            double[] f = entry(fused, dense.get(i).id());
            f[2] = i + 1;
            f[4] = HybridRetriever.cosine(dense.get(i).score());
        }
        if (meaning.size() > 1) {
            meaning.get(1).forEach(s -> entry(fused, s.id())[5] = HybridRetriever.cosine(s.score()));
        }
        return fused.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])
                        .thenComparing(Map.Entry::getKey))
                .toList();
    }

    private static double[] entry(Map<String, double[]> fused, String id) {
        return fused.computeIfAbsent(id, k -> blank());
    }

    /** An entry for a report no list has voted for yet: no score, no ranks, no cosines. */
    static double[] blank() {
        return new double[] {0, 0, 0, 0, Double.NaN, Double.NaN};
    }

    /**
     * The report leads when rank fusion put it among the first {@link #OPEN_DEPTH}: rank fusion decides which
     * reports are the strongest few, the standardised meaning vote which of them is the best. The rest keep their
     * order.
     */
    private static List<Map.Entry<String, double[]>> toFront(List<Map.Entry<String, double[]>> fused, String id) {
        for (int i = 1; i < Math.min(OPEN_DEPTH, fused.size()); i++) {
            if (fused.get(i).getKey().equals(id)) {
                List<Map.Entry<String, double[]>> out = new ArrayList<>(fused);
                out.add(0, out.remove(i));
                return out;
            }
        }
        return fused;
    }

    /**
     * The report both meaning models rank first comes first when BM25, whose best report holds less than half of the
     * question's distinctive content, prefers another: two models trained apart agreeing on the best match is
     * stronger evidence than a rank or two of difference in a list of words the question only partly shares ("how
     * much money do people make off forced workers?"), which reciprocal rank fusion alone weighs nearly the same.
     * Not when all three lists agree on BM25's first report.
     */
    private static List<Map.Entry<String, double[]>> agreedFirst(List<Map.Entry<String, double[]>> fused,
                                                                 List<ScoredId> dense, List<ScoredId> second,
                                                                 double lexicalWeight) {
        if (dense.isEmpty() || lexicalWeight >= HALF_TRUST || !dense.get(0).id().equals(second.get(0).id())
                || fused.get(0).getKey().equals(dense.get(0).id())
                || agreedByAll(fused.get(0).getKey(), fused.get(0).getValue(), second)) {
            return fused;
        }
        List<Map.Entry<String, double[]>> out = new ArrayList<>(fused);
        for (int i = 1; i < out.size(); i++) {
            if (out.get(i).getKey().equals(dense.get(0).id())) {
                out.add(0, out.remove(i));
                break;
            }
        }
        return out;
    }

    /** BM25's own first report that both meaning models rank in their top three: all three lists agree on it. */
    private static boolean agreedByAll(String id, double[] ranks, List<ScoredId> second) {
        int companionRank = second.stream().limit(OPEN_DEPTH).map(ScoredId::id).toList().indexOf(id);
        return ranks[1] == 1 && ranks[2] >= 1 && ranks[2] <= OPEN_DEPTH && companionRank >= 0;
    }
}
