package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.ScoredId;
import org.refdesk.index.VectorSpace;

/**
 * Re-scores a dense list by sentence: a report's closeness to the question is the better of its
 * whole-record vector and its closest abstract sentence (vectors computed at ingest), so a long abstract
 * with one exactly fitting sentence is not diluted by the rest. The vectors are those of one model
 * ({@link VectorSpace}). Thread-safe.
 */
final class SentenceMatch {

    private final IndexSearch search;
    private final VectorSpace space;

    SentenceMatch(IndexSearch search) {
        this(search, VectorSpace.PRIMARY);
    }

    SentenceMatch(IndexSearch search, VectorSpace space) {
        this.search = Objects.requireNonNull(search, "search");
        this.space = Objects.requireNonNull(space, "space");
    }

    /** The same reports, re-ordered; scores stay on Lucene's (1 + cos) / 2 scale. */
    List<ScoredId> rescore(List<ScoredId> dense, float[] query) {
        if (dense.isEmpty()) {
            return dense;
        }
        Map<String, Double> closest = search.closestSentences(space, dense.stream().map(ScoredId::id).toList(), query);
        List<ScoredId> out = new ArrayList<>(dense.size());
        for (ScoredId d : dense) {
            Double sentence = closest.get(d.id());
            // the better of the two on Lucene's scale; (1 + cos) / 2 rises with cos, so the closest sentence decides
            float best = sentence == null ? d.score() : Math.max(d.score(), (float) (1 + sentence) / 2);
            out.add(new ScoredId(d.id(), best));
        }
        out.sort(Comparator.comparingDouble((ScoredId s) -> -s.score()).thenComparing(ScoredId::id));
        return out;
    }
}
