package org.refdesk.index;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * The {@code k} best hits of a BM25 query, best first, ties by document: two ways to the same hits, scores and
 * order. Which is cheaper depends on the query. Every clause score is a float and both ways add them up as a
 * double, which holds such a sum exactly (short of clause scores 2^24 times apart), so the order the clauses
 * are added in does not change a score. Stateless.
 */
final class TopHits {

    private TopHits() {
    }

    /**
     * Counting the total only as far as {@code k}: BM25 may then skip documents that cannot enter the top
     * {@code k} as soon as it has {@code k} (instead of after a thousand), which returns the same hits in the
     * same order (a later document must score strictly higher to enter). Best for a few clauses.
     */
    static TopDocs pruned(IndexSearcher searcher, Query query, int k) throws IOException {
        int n = Math.max(1, k);
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, n, false));
    }

    /**
     * Scoring every matching document, window by window, without the bookkeeping that decides what may be
     * skipped. The feedback query's dozen or more clauses of words common in the library leave little to skip,
     * and this took half the CPU of pruning it (profiled at 10,000 records).
     */
    static TopDocs exhaustive(IndexSearcher searcher, Query query, int k) throws IOException {
        int n = Math.max(1, k);
        return searcher.search(query, new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE, false));
    }
}
