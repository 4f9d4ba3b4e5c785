package org.refdesk.index;

import java.util.List;

/** The sentences of one abstract and their embeddings, index-aligned (vectors may be empty). */
public record SentenceVectors(List<String> sentences, List<float[]> vectors) {
    public SentenceVectors {
        sentences = List.copyOf(sentences);
        vectors = List.copyOf(vectors);
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
