package org.refdesk.retrieve;

import java.util.List;

/** The outcome of retrieval: the understood question, the gate's verdict and the reports to use, best first. */
public record Retrieval(Understanding understanding, Verdict verdict, List<Candidate> candidates) {
    public Retrieval {
        candidates = List.copyOf(candidates);
    }
}
