package org.refdesk.retrieve;

import java.util.List;

/**
 * The outcome of retrieval: the understood question, the gate's verdict and the reports to use, best
 * first; the question's vector (computed once, for the answer to reuse; null where none was needed) and
 * how many reports passed the relevance bar ({@code matching} may exceed the reports kept).
 */
public record Retrieval(Understanding understanding, Verdict verdict, List<Candidate> candidates, float[] queryVector,
                        int matching) {
    public Retrieval {
        candidates = List.copyOf(candidates);
        matching = Math.max(matching, candidates.size());
    }

    public Retrieval(Understanding understanding, Verdict verdict, List<Candidate> candidates) {
        this(understanding, verdict, candidates, null, candidates.size());
    }

    public Retrieval withQuery(float[] vector) {
        return new Retrieval(understanding, verdict, candidates, vector, matching);
    }
}
