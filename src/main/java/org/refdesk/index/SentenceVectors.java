package org.refdesk.index;

import java.util.List;

/**
 * The sentences of one abstract and their embeddings, index-aligned (vectors may be empty), with each
 * vector's squared norm worked out once, so comparing a question with every sentence costs one dot product
 * per sentence. Immutable and thread-safe (the vectors are never written after decoding).
 */
public final class SentenceVectors {

    private final List<String> sentences;
    private final List<float[]> vectors;
    private final double[] squaredNorms;

    public SentenceVectors(List<String> sentences, List<float[]> vectors) {
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
     * Cosine similarity of the question with the {@code i}-th sentence, given the question's
     * {@link #squaredNorm}: the same value as {@link #cosine(float[], float[])}, bit for bit.
     */
    public double cosine(float[] query, double querySquaredNorm, int i) {
        float[] v = vectors.get(i);
        if (query.length != v.length) {
            return 0;
        }
        double dot = 0;
        for (int j = 0; j < query.length; j++) {
            dot += query[j] * v[j];
        }
        double nb = squaredNorms[i];
        return querySquaredNorm == 0 || nb == 0 ? 0 : dot / Math.sqrt(querySquaredNorm * nb);
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
