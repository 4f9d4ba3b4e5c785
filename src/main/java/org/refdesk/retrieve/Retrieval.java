package org.refdesk.retrieve;

import java.util.List;
import org.refdesk.index.SearchFilter;

/**
 * The outcome of retrieval: the understood question, the gate's verdict and the reports to use, best
 * first; the question's vector (computed once, for the answer to reuse; null where none was needed), how
 * many reports passed the relevance bar ({@code matching} may exceed the reports kept), and
 * {@code matchingSet}, a filter that lets exactly those reports through (for counting what matched by
 * facet; the kept reports' ids when nothing wider is known), and the question's distinctive terms (computed
 * once by retrieval, for the answer and the gap report to reuse; empty where retrieval did not set them).
 */
public record Retrieval(Understanding understanding, Verdict verdict, List<Candidate> candidates, float[] queryVector,
                        int matching, SearchFilter matchingSet, List<String> distinctiveTerms) {
    public Retrieval {
        candidates = List.copyOf(candidates);
        distinctiveTerms = List.copyOf(distinctiveTerms == null ? List.of() : distinctiveTerms);
        matching = Math.max(matching, candidates.size());
        if (matchingSet == null) {
            matchingSet = idsOf(understanding, candidates);
        }
    }

    public Retrieval(Understanding understanding, Verdict verdict, List<Candidate> candidates, float[] queryVector,
                     int matching, SearchFilter matchingSet) {
        this(understanding, verdict, candidates, queryVector, matching, matchingSet, List.of());
    }

    public Retrieval(Understanding understanding, Verdict verdict, List<Candidate> candidates, float[] queryVector,
                     int matching) {
        this(understanding, verdict, candidates, queryVector, matching, null);
    }

    public Retrieval(Understanding understanding, Verdict verdict, List<Candidate> candidates) {
        this(understanding, verdict, candidates, null, candidates.size());
    }

    /** The same outcome carrying the question's vector and distinctive terms. */
    public Retrieval withQuery(float[] vector, List<String> terms) {
        return new Retrieval(understanding, verdict, candidates, vector, matching, matchingSet, terms);
    }

    /** The question's filter narrowed to these reports. */
    static SearchFilter idsOf(Understanding u, List<Candidate> reports) {
        SearchFilter base = u == null ? SearchFilter.NONE : u.filter();
        return base.withIds(reports.stream().map(c -> c.publication().id()).toList(), base.notIds());
    }
}
