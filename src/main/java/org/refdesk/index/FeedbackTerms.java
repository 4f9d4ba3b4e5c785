package org.refdesk.index;

import java.util.ArrayList;
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

    /** Weighted terms: the question's own and the expansion terms, from the feedback reports' analysed texts. */
    Map<String, Float> expand(String question, List<List<String>> feedbackTexts, StatsLookup stats) {
        List<String> original = new ArrayList<>(new LinkedHashSet<>(analyzer.terms(question)));
        Map<String, Float> weights = new LinkedHashMap<>();
        if (original.isEmpty()) {
            return weights;
        }
        original.forEach(t -> weights.put(t, ORIGINAL_WEIGHT));
        if (feedbackTexts.isEmpty()) {
            return weights;
        }
        Map<String, Double> share = new HashMap<>();
        for (List<String> terms : feedbackTexts) {
            for (String t : terms) {
                share.merge(t, 1.0 / terms.size() / feedbackTexts.size(), Double::sum);
            }
        }
        IndexSearch.TermStats df = stats.termStats(new ArrayList<>(share.keySet()));
        int n = Math.max(1, df.numDocs());
        Map<String, Double> scored = new HashMap<>();
        share.forEach((term, p) -> {
            int d = df.docFreq().getOrDefault(term, 0);
            if (d > 0 && d <= n * COMMON_SHARE && term.length() > 2 && !term.chars().allMatch(Character::isDigit)) {
                scored.put(term, p * Math.log((double) n / d));
            }
        });
        List<Map.Entry<String, Double>> best = scored.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(EXPANSION_TERMS).toList();
        double sum = best.stream().mapToDouble(Map.Entry::getValue).sum();
        for (Map.Entry<String, Double> e : best) {
            float w = (float) ((1 - ORIGINAL_WEIGHT) * original.size() * e.getValue() / sum);
            weights.merge(e.getKey(), w, Float::sum);
        }
        return weights;
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

    /** Where document frequencies come from (the current searcher). */
    interface StatsLookup {
        IndexSearch.TermStats termStats(List<String> terms);
    }
}
