package org.refdesk.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Turns question text and filters into Lucene queries. User text only ever becomes analysed terms, so
 * no query syntax reaches Lucene. Thread-safe.
 */
final class QueryBuilder {

    private static final float DISMAX_TIE = 0.2f;
    /** Longer ranges ("since 1990") are read from the year alone. */
    private static final int MAX_TITLE_YEARS = 10;
    /** How long after the year they cover annual reports come out. */
    private static final int REPORTING_LAG = 2;
    /**
     * Distinct question words scored; more are ignored. Each word is one clause per text field, and Lucene
     * refuses a query of more than 1,024 clauses in all (a 250-word question would be a 500).
     */
    static final int MAX_QUERY_TERMS = 100;
    private final TextAnalyzer analyzer;

    QueryBuilder(TextAnalyzer analyzer) {
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    Query textQuery(String text) {
        List<String> terms = analyzer.terms(text);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : new LinkedHashSet<>(terms).stream().limit(MAX_QUERY_TERMS).toList()) {
            List<Query> perField = new ArrayList<>();
            IndexFields.TEXT_BOOSTS.forEach((field, boost) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
            query.add(new DisjunctionMaxQuery(perField, DISMAX_TIE), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    /** Like {@link #textQuery} with a weight per analysed term (pseudo-relevance feedback). */
    Query weightedQuery(Map<String, Float> weights) {
        if (weights.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        // The question's own terms come first, so a very long question keeps them within Lucene's clause limit.
        weights.entrySet().stream().limit(MAX_QUERY_TERMS).forEach(e -> {
            String term = e.getKey();
            float w = e.getValue();
            List<Query> perField = new ArrayList<>();
            IndexFields.TEXT_BOOSTS.forEach((field, boost) ->
                    perField.add(new BoostQuery(new TermQuery(new Term(field, term)), boost)));
            query.add(new BoostQuery(new DisjunctionMaxQuery(perField, DISMAX_TIE), w), BooleanClause.Occur.SHOULD);
        });
        return query.build();
    }

    Query filtered(Query query, SearchFilter filter) {
        if (filter.isEmpty()) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(restriction(filter), BooleanClause.Occur.FILTER).build();
    }

    /** Values within one facet are alternatives (OR); different facets must all hold (AND). */
    Query restriction(SearchFilter filter) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        all.add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER);
        anyOf(all, IndexFields.COUNTRY, filter.countries());
        anyOf(all, IndexFields.REGION, filter.regions());
        anyOf(all, IndexFields.CATEGORY, filter.categories());
        anyOf(all, IndexFields.AUTHOR, filter.authors());
        if (filter.yearFrom() != null || filter.yearTo() != null) {
            int from = filter.yearFrom() == null ? Integer.MIN_VALUE : filter.yearFrom();
            int to = filter.yearTo() == null ? Integer.MAX_VALUE : filter.yearTo();
            all.add(years(filter, from, to), BooleanClause.Occur.FILTER);
        }
        filter.scopes().forEach(scope -> all.add(scopeQuery(scope), BooleanClause.Occur.FILTER));
        if (filter.onlyIds() != null) {
            all.add(anyTerm(IndexFields.ID, filter.onlyIds()), BooleanClause.Occur.FILTER);
        }
        if (!filter.notIds().isEmpty()) {
            all.add(anyTerm(IndexFields.ID, filter.notIds()), BooleanClause.Occur.MUST_NOT);
        }
        return all.build();
    }

    private Query scopeQuery(SearchFilter.Scope scope) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        scope.values().forEach(v -> any.add(new TermQuery(new Term(IndexFields.SCOPE, DocumentMapper.scopeKey(v))),
                BooleanClause.Occur.SHOULD));
        for (String phrase : scope.phrases()) {
            for (String field : new String[] {IndexFields.TITLE, IndexFields.ABSTRACT}) {
                Query words = allWords(field, phrase);
                if (words != null) {
                    any.add(words, BooleanClause.Occur.SHOULD);
                }
            }
        }
        return any.build();
    }

    /**
     * The year range, or (with {@code titleYears} and a range of a few years) a report titled by a year in it and
     * published within {@link #REPORTING_LAG} years after it, as annual reports are ("Statistics 2017", out in
     * 2018); a title naming a year for another reason ("the Qatar 2022 World Cup", written in 2016) does not count.
     */
    private static Query years(SearchFilter filter, int from, int to) {
        Query range = IntPoint.newRangeQuery(IndexFields.YEAR, from, to);
        if (!filter.titleYears() || filter.yearFrom() == null || filter.yearTo() == null
                || to - from > MAX_TITLE_YEARS) {
            return range;
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder().add(range, BooleanClause.Occur.SHOULD);
        for (int y = from; y <= to; y++) {
            any.add(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(IndexFields.TITLE, String.valueOf(y))), BooleanClause.Occur.FILTER)
                    .add(IntPoint.newRangeQuery(IndexFields.YEAR, y, y + REPORTING_LAG), BooleanClause.Occur.FILTER)
                    .build(), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    /** Every word of the phrase in the field; words of four or more letters also match longer forms (Asia, Asian), but
     * not in an acronym. */
    private Query allWords(String field, String phrase) {
        List<String> terms = analyzer.terms(phrase);
        if (terms.isEmpty()) {
            return null;
        }
        // an acronym is matched as written: "ASPI" is not the start of "aspiring"
        boolean acronym = phrase.strip().matches("[\\p{Lu}\\p{N}&/-]{2,}");
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : new LinkedHashSet<>(terms)) {
            Query q = term.length() >= 4 && !acronym ? new PrefixQuery(new Term(field, term))
                    : new TermQuery(new Term(field, term));
            all.add(q, BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private static void anyOf(BooleanQuery.Builder all, String field, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        all.add(anyTerm(field, values), BooleanClause.Occur.FILTER);
    }

    /** One clause however many values (a boolean OR of 1,024 values would exceed Lucene's clause limit). */
    private static Query anyTerm(String field, Collection<String> values) {
        return new TermInSetQuery(field, values.stream().map(BytesRef::new).toList());
    }
}
