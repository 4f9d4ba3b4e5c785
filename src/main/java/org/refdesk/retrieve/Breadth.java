package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * How many reports an answer cites once the gate has found evidence: every report whose evidence comes close
 * to the best one's, one when there is one clear match. Stateless and thread-safe.
 */
final class Breadth {

    /** A further report is cited when its evidence reaches this share of the best report's. */
    private static final double RELATIVE_BAR = 0.5;
    /** A list question ("what do we have on…", "every edition of…") asks for recall: half the bar. */
    private static final double LIST_BAR = RELATIVE_BAR / 2;
    /**
     * A list also holds every report with this share of the question's distinctive content (weighted by rarity)
     * that the report holding most of it has: "reports on Uyghur forced labour" lists the one on cotton from the
     * Uyghur Region that never says "forced".
     */
    static final double HOLDING_SHARE = 0.5;
    /** Reports cited when the two lists disagree on the best one. */
    private static final int UNCLEAR_MIN = 3;

    private Breadth() {
    }

    /**
     * Whether the first report is the closest in meaning and stands further ahead of the next closest than
     * off-topic questions' closest reports ever do (by the calibrated gap).
     */
    static boolean standsOut(List<Candidate> candidates, float top, float gap) {
        if (Float.isNaN(candidates.get(0).cosine()) || candidates.get(0).cosine() < top) {
            return false;
        }
        double second = candidates.subList(1, candidates.size()).stream().mapToDouble(Candidate::cosine)
                .filter(c -> !Double.isNaN(c)).max().orElse(Double.NaN);
        return !Double.isNaN(second) && top - second > gap;
    }

    /**
     * Whether both meaning models see the same number of closest reports (at most {@link #UNCLEAR_MIN}) standing
     * together further ahead of the rest than off-topic questions' closest report ever stands ahead of its next, each
     * by its own calibrated gap: a subject the library holds in a short series ("two reports on the World Cup sites in
     * Qatar") is far nearer to a paraphrase of it than anything else is, while a subject it lacks finds its neighbours
     * about as near. Two models trained apart must agree: one alone also sets apart the only two reports on a place the
     * question names. False without a companion model.
     */
    static boolean fewStandOut(List<Candidate> candidates, Calibration calibration) {
        double[] primary = descending(candidates, Candidate::cosine);
        double[] companion = descending(candidates, Candidate::companionCosine);
        for (int k = 1; k <= UNCLEAR_MIN && k < primary.length && k < companion.length; k++) {
            if (primary[k - 1] - primary[k] > calibration.offTopicGap()
                    && companion[k - 1] - companion[k] > calibration.companionGap()) {
                return true;
            }
        }
        return false;
    }

    private static double[] descending(List<Candidate> candidates, ToDoubleFunction<Candidate> cosine) {
        return candidates.stream().mapToDouble(cosine).filter(c -> !Double.isNaN(c)).map(c -> -c).sorted()
                .map(c -> -c).toArray();
    }

    /**
     * The best report and every other whose evidence comes close to it: a BM25 score, or a closeness in
     * meaning above the off-topic ceiling, of at least half the best one's (a quarter for a list question). A
     * question with one clear match (first in both lists, or far ahead of the rest in meaning) gets one report;
     * when the two lists disagree on the best report, the first {@link #UNCLEAR_MIN} with any evidence are cited
     * whatever the bar, since neither list alone can be trusted; a broad question gets all that are comparably
     * good.
     */
    static List<Candidate> relevant(List<Candidate> candidates, float top, float ceiling, boolean list,
                                    boolean distinct, ToDoubleFunction<Candidate> held) {
        double bar = list ? LIST_BAR : RELATIVE_BAR;
        float topLexical = candidates.stream().map(Candidate::lexicalScore).max(Float::compare).orElse(0f);
        Candidate first = candidates.get(0);
        boolean clear = distinct || first.lexicalRank() == 1 && first.denseRank() == 1;
        double most = list ? candidates.stream().mapToDouble(held).max().orElse(0) : 0;
        List<Candidate> out = new ArrayList<>();
        out.add(first);
        for (Candidate c : candidates.subList(1, candidates.size())) {
            double lexical = topLexical > 0 && !c.matchedTerms().isEmpty() ? c.lexicalScore() / topLexical : 0;
            double meaning = !Float.isNaN(c.cosine()) && top > ceiling && c.cosine() > ceiling
                    ? (c.cosine() - ceiling) / (top - ceiling) : 0;
            boolean evidence = !c.matchedTerms().isEmpty() || meaning > 0;
            boolean holdsMost = most > 0 && held.applyAsDouble(c) >= most * HOLDING_SHARE;
            if ((list ? meaning : Math.max(lexical, meaning)) >= bar || holdsMost
                    || !clear && out.size() < UNCLEAR_MIN && evidence) {
                out.add(c);
            }
        }
        return out;
    }
}
