package org.refdesk.retrieve;

import java.util.Collection;
import org.refdesk.index.IndexSearch;

/**
 * How much a term says about a report: log(1 + N / df), the rarer the more. A word no record contains
 * (df 0) weighs as much as a word in a single record. The one weighting the gate's coverage and the
 * fusion's trust in BM25 share.
 */
final class Rarity {

    private Rarity() {
    }

    static double weight(int numDocs, int docFreq) {
        return Math.log(1 + (double) Math.max(1, numDocs) / Math.max(1, docFreq));
    }

    /** The summed weight of these terms, their document frequencies read from {@code stats}. */
    static double held(Collection<String> terms, IndexSearch.TermStats stats) {
        return terms.stream().mapToDouble(t -> weight(stats.numDocs(), stats.docFreq().getOrDefault(t, 1))).sum();
    }
}
