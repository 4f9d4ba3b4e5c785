package org.refdesk.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Pseudo-relevance feedback for BM25 (RM3): the question's terms plus the terms that characterise the
 * reports both lists ranked highest, each weighted by how much of those reports' text it makes up times
 * its rarity in the library. Parameters are the usual defaults from the literature (Anserini's RM3: ten
 * feedback documents, ten expansion terms, the original question weighted one half), not fitted to any
 * question list. Thread-safe.
 */
final class FeedbackTerms {

    static final int FEEDBACK_DOCS = 10;
    private static final int EXPANSION_TERMS = 10;
    private static final float ORIGINAL_WEIGHT = 0.5f;
    private static final float EXPANSION_SHARE = 0.5f;
    /** A term in more than this share of the library says nothing about any report. */
    private static final double COMMON_SHARE = 0.5;

    private final TextAnalyzer analyzer;

    FeedbackTerms(TextAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /**
     * Weighted terms: the question's own and the expansion terms, from the feedback reports' texts and the
     * number of reports their document frequencies are out of.
     */
    Map<String, Float> expand(String question, List<FeedbackText> feedbackTexts, int numDocs) {
        List<String> original = new ArrayList<>(new LinkedHashSet<>(analyzer.terms(question)));
        Map<String, Float> weights = new LinkedHashMap<>();
        if (original.isEmpty()) {
            return weights;
        }
        original.forEach(t -> weights.put(t, ORIGINAL_WEIGHT));
        if (feedbackTexts.isEmpty()) {
            return weights;
        }
        int n = Math.max(1, numDocs);
        Map<String, Candidate> share = new HashMap<>();
        for (FeedbackText text : feedbackTexts) {
            double each = 1.0 / text.length() / feedbackTexts.size();
            for (int i = 0; i < text.terms().length; i++) {
                int d = text.docFreqs()[i];
                if (d > 0 && d <= n * COMMON_SHARE) {
                    Candidate c = share.computeIfAbsent(text.terms()[i], t -> new Candidate(t, d));
                    for (int k = 0; k < text.counts()[i]; k++) {
                        c.share += each; // one addition per occurrence, in text order: the same sum as ever
                    }
                }
            }
        }
        List<Candidate> best = top(share.values(), n);
        double sum = best.stream().mapToDouble(c -> c.score).sum();
        for (Candidate c : best) {
            float w = (float) ((1 - ORIGINAL_WEIGHT) * original.size() * c.score / sum);
            weights.merge(c.term, w, Float::sum);
        }
        return weights;
    }

    /** The highest-scoring candidates (share times rarity), ties by term, best first. */
    private static List<Candidate> top(Collection<Candidate> candidates, int n) {
        Candidate[] best = new Candidate[EXPANSION_TERMS];
        int size = 0;
        for (Candidate c : candidates) {
            c.score = c.share * Math.log((double) n / c.docFreq);
            if (size == best.length && !c.before(best[size - 1])) {
                continue;
            }
            int at = size == best.length ? size - 1 : size++;
            while (at > 0 && c.before(best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = c;
        }
        return Arrays.asList(best).subList(0, size);
    }

    private static final class Candidate {
        final String term;
        final int docFreq;
        double share;
        double score;

        Candidate(String term, int docFreq) {
            this.term = term;
            this.docFreq = docFreq;
        }

        boolean before(Candidate other) {
            int byScore = Double.compare(other.score, score);
            return byScore != 0 ? byScore < 0 : term.compareTo(other.term) < 0;
        }
    }

    /** The text's own terms, each at weight one. */
    Map<String, Float> plain(String text) {
        Map<String, Float> weights = new LinkedHashMap<>();
        new LinkedHashSet<>(analyzer.terms(text)).forEach(t -> weights.put(t, 1f));
        return weights;
    }

    /**
     * Adds the expansion's terms (the records' words for the question's own) at half the weight of the
     * question's terms, as feedback terms are; terms the question has keep their weight.
     */
    Map<String, Float> withExpansion(Map<String, Float> weights, String expansion) {
        if (expansion == null || expansion.isBlank()) {
            return weights;
        }
        float own = weights.values().stream().max(Float::compare).orElse(1f);
        Map<String, Float> out = new LinkedHashMap<>(weights);
        new LinkedHashSet<>(analyzer.terms(expansion)).forEach(t -> out.putIfAbsent(t, own * EXPANSION_SHARE));
        return out;
    }
}
