package org.refdesk.index;

import java.util.List;
import java.util.Objects;
import org.refdesk.library.Publication;

/**
 * A publication with everything the index keeps for it: the content hash it was embedded from, its
 * vector, and its abstract's sentences with their vectors (for the extractive answer); with a companion model,
 * its vector and sentence vectors from that model too ({@code companionVector} null without one).
 */
public record IndexedPublication(Publication publication, String hash, float[] vector, List<String> sentences,
                                 List<float[]> sentenceVectors, float[] companionVector,
                                 List<float[]> companionSentenceVectors) {

    /** A record embedded by one model only. */
    public IndexedPublication(Publication publication, String hash, float[] vector, List<String> sentences,
                              List<float[]> sentenceVectors) {
        this(publication, hash, vector, sentences, sentenceVectors, null, List.of());
    }

    public IndexedPublication {
        Objects.requireNonNull(publication, "publication");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(vector, "vector");
        sentences = List.copyOf(sentences);
        sentenceVectors = List.copyOf(sentenceVectors);
        companionSentenceVectors = List.copyOf(companionSentenceVectors);
        if (companionVector == null && !companionSentenceVectors.isEmpty()) {
            throw new IllegalArgumentException(publication.id() + ": companion sentence vectors without its vector");
        }
        if (!companionSentenceVectors.isEmpty() && companionSentenceVectors.size() != sentences.size()) {
            throw new IllegalArgumentException(publication.id() + ": " + sentences.size() + " sentences but "
                    + companionSentenceVectors.size() + " companion sentence vectors");
        }
        if (!sentenceVectors.isEmpty() && sentenceVectors.size() != sentences.size()) {
            throw new IllegalArgumentException(publication.id() + ": " + sentences.size() + " sentences but "
                    + sentenceVectors.size() + " sentence vectors");
        }
    }
}
