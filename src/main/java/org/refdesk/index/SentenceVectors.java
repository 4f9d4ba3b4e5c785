package org.refdesk.index;

import java.util.List;

/** The sentences of one abstract and their embeddings, index-aligned (vectors may be empty). */
public record SentenceVectors(List<String> sentences, List<float[]> vectors) {
    public SentenceVectors {
        sentences = List.copyOf(sentences);
        vectors = List.copyOf(vectors);
    }
}
