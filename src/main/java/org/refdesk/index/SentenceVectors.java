package org.refdesk.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The sentences of one abstract and their embeddings, index-aligned (vectors may be empty), with each
 * vector's squared norm worked out once, so comparing a question with every sentence costs one dot product
 * per sentence; each sentence's analysed terms come from the index (written at indexing) or are worked out on
 * first use, and are kept with it (so with the decoded record, for as long as the index reader that decoded it
 * serves). Thread-safe: the vectors are never written after decoding, and the terms are a pure function of the
 * sentences (two threads may both compute them; either result is the same).
 */
public final class SentenceVectors {

    private final List<String> sentences;
    private final List<float[]> vectors;
    private final double[] squaredNorms;
    private volatile List<Set<String>> terms;

    public SentenceVectors(List<String> sentences, List<float[]> vectors) {
        this(sentences, vectors, null);
    }

    /** With each sentence's distinct analysed terms already known (null: worked out on first use). */
    SentenceVectors(List<String> sentences, List<float[]> vectors, List<Set<String>> terms) {
        this.terms = terms == null || terms.size() != sentences.size() ? null : List.copyOf(terms);
        this.sentences = List.copyOf(sentences);
        this.vectors = List.copyOf(vectors);
        this.squaredNorms = this.vectors.stream().mapToDouble(SentenceVectors::squaredNorm).toArray();
    }

    public List<String> sentences() {
        return sentences;
    }

    public List<float[]> vectors() {
        return vectors;
    }

    /**
     * The distinct analysed terms of each sentence, index-aligned with {@link #sentences()}; {@code analyse}
     * must be the index's analyser (the same function every time).
     */
    public List<Set<String>> terms(Function<String, List<String>> analyse) {
        List<Set<String>> known = terms;
        if (known == null) {
            known = sentences.stream().map(s -> Set.copyOf(new LinkedHashSet<>(analyse.apply(s)))).toList();
            terms = known;
        }
        return known;
    }

    /**
     * Cosine similarity of the question with the {@code i}-th sentence, given the question's
     * {@link #squaredNorm}: the same value as {@link #cosine(float[], float[])}, bit for bit.
     */
    public double cosine(float[] query, double querySquaredNorm, int i) {
        return cosine(query, querySquaredNorm, vectors.get(i), squaredNorms[i]);
    }

    /** Cosine similarity of two vectors given both {@link #squaredNorm}s; 0 when their sizes differ. */
    static double cosine(float[] query, double querySquaredNorm, float[] v, double squaredNorm) {
        if (query.length != v.length) {
            return 0;
        }
        double dot = 0;
        for (int j = 0; j < query.length; j++) {
            dot += query[j] * v[j];
        }
        return querySquaredNorm == 0 || squaredNorm == 0 ? 0 : dot / Math.sqrt(querySquaredNorm * squaredNorm);
    }

    /** The sum of the squared components, accumulated as {@link #cosine(float[], float[])} does. */
    public static double squaredNorm(float[] v) {
        double n = 0;
        for (float f : v) {
            n += f * f;
        }
        return n;
    }

    /** Cosine similarity of two vectors; 0 when their sizes differ or one is all zeros. */
    public static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
