package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.ScoredId;
import org.refdesk.index.SentenceVectors;

/**
 * Re-scores a dense list by sentence: a report's closeness to the question is the better of its
 * whole-record vector and its closest abstract sentence (vectors computed at ingest), so a long abstract
 * with one exactly fitting sentence is not diluted by the rest. Thread-safe.
 */
final class SentenceMatch {

    private final IndexSearch search;

    SentenceMatch(IndexSearch search) {
        this.search = Objects.requireNonNull(search, "search");
    }

    /** The same reports, re-ordered; scores stay on Lucene's (1 + cos) / 2 scale. */
    List<ScoredId> rescore(List<ScoredId> dense, float[] query) {
        if (dense.isEmpty()) {
            return dense;
        }
        Map<String, SentenceVectors> sentences = search.sentenceVectors(dense.stream().map(ScoredId::id).toList());
        List<ScoredId> out = new ArrayList<>(dense.size());
        double queryNorm = SentenceVectors.squaredNorm(query);
        for (ScoredId d : dense) {
            float best = d.score();
            SentenceVectors sv = sentences.get(d.id());
            if (sv != null) {
                for (int i = 0; i < sv.vectors().size(); i++) {
                    best = Math.max(best, (float) (1 + sv.cosine(query, queryNorm, i)) / 2);
                }
            }
            out.add(new ScoredId(d.id(), best));
        }
        out.sort(Comparator.comparingDouble((ScoredId s) -> -s.score()).thenComparing(ScoredId::id));
        return out;
    }
}
