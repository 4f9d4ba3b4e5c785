package org.refdesk.retrieve;

import java.util.List;
import org.refdesk.library.Publication;

/**
 * One retrieved report with the evidence for it.
 *
 * @param fused rank-fusion score (higher is better)
 * @param lexicalRank 1-based rank in the BM25 list, 0 when absent
 * @param denseRank 1-based rank in the vector list, 0 when absent
 * @param cosine cosine similarity of question and report (NaN when the vector search did not reach it)
 * @param companionCosine the same by the companion model, on its own scale (NaN without one, or when its search did
 *                        not reach the report)
 * @param matchedTerms distinctive question terms the report contains
 */
public record Candidate(Publication publication, double fused, int lexicalRank, int denseRank, float lexicalScore,
                        float cosine, float companionCosine, List<String> matchedTerms) {
    public Candidate {
        matchedTerms = List.copyOf(matchedTerms);
    }

    /** A report no companion model judged. */
    public Candidate(Publication publication, double fused, int lexicalRank, int denseRank, float lexicalScore,
                     float cosine, List<String> matchedTerms) {
        this(publication, fused, lexicalRank, denseRank, lexicalScore, cosine, Float.NaN, matchedTerms);
    }
}
