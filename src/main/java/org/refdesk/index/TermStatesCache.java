package org.refdesk.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Each term's place in the term dictionary of each segment, with its statistics, looked up once per index reader
 * rather than for every query that uses it (a question's terms are scored by the plain and the feedback query, in
 * five fields each, and the same words come back question after question). A term query given these states
 * scores exactly as one that looks them up itself; they are built eagerly (with statistics) and never written
 * after, so searches on several threads may share them. At most {@link #MAX} terms, then it starts afresh.
 * Thread-safe.
 */
final class TermStatesCache {

    private static final int MAX = 100_000;
    private volatile State state;

    /**
     * The same query with every term query in its boolean, boost and disjunction-max clauses carrying its cached
     * states for this searcher's reader; other queries are kept as they are.
     */
    Query withStates(IndexSearcher searcher, Query query) throws IOException {
        if (query instanceof TermQuery t) {
            return new TermQuery(t.getTerm(), states(searcher, t.getTerm()));
        }
        if (query instanceof BoostQuery b) {
            return new BoostQuery(withStates(searcher, b.getQuery()), b.getBoost());
        }
        if (query instanceof DisjunctionMaxQuery d) {
            List<Query> disjuncts = new ArrayList<>();
            for (Query q : d.getDisjuncts()) {
                disjuncts.add(withStates(searcher, q));
            }
            return new DisjunctionMaxQuery(disjuncts, d.getTieBreakerMultiplier());
        }
        if (query instanceof BooleanQuery b) {
            BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(
                    b.getMinimumNumberShouldMatch());
            for (BooleanClause c : b.clauses()) {
                out.add(withStates(searcher, c.getQuery()), c.getOccur());
            }
            return out.build();
        }
        return query;
    }

    private TermStates states(IndexSearcher searcher, Term term) throws IOException {
        IndexReaderContext top = searcher.getTopReaderContext();
        State seen = state;
        if (seen == null || seen.top() != top || seen.states().size() > MAX) {
            seen = new State(top, new ConcurrentHashMap<>());
            state = seen;
        }
        TermStates known = seen.states().get(term);
        if (known == null) {
            known = TermStates.build(searcher, term, true);
            seen.states().put(term, known);
        }
        return known;
    }

    private record State(IndexReaderContext top, Map<Term, TermStates> states) {
    }
}
