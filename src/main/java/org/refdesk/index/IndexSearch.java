package org.refdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.refdesk.library.Publication;

/**
 * Read-side operations on the index: BM25 and vector search with filters, browsing with facet
 * counts, term statistics. Every user text reaches Lucene only as analysed terms. Thread-safe.
 */
public final class IndexSearch {

    /** The searchers of the index generation in use now (a rebuild swaps in another). */
    private final Supplier<SearcherManager> searchers;
    private final DocumentMapper mapper;
    private final QueryBuilder queries;
    private final FeedbackTerms feedback;
    private final TextAnalyzer analyzer;
    /** About 20 MB of sentence vectors (384 dimensions, six sentences a record) and 50k analysed texts. */
    private final ReaderCache<SentenceVectors> decodedSentences = new ReaderCache<>(2_000);
    /** The feedback reports' candidate terms with their document frequencies. */
    private final ReaderCache<FeedbackText> feedbackTexts = new ReaderCache<>(50_000);
    private final ReaderCache<Publication> parsedRecords = new ReaderCache<>(20_000);
    private final TermStatesCache termStates = new TermStatesCache();
    private final HitIds hitIds = new HitIds();
    private static final int FEEDBACK_SHARE = 20;
    private static final int MAX_REMEMBERED_TERMS = 100_000;
    /** The text fields a record "contains" a question word in (not the category). */
    private static final List<String> MATCH_FIELDS =
            List.of(IndexFields.TITLE, IndexFields.ABSTRACT, IndexFields.PLACES, IndexFields.PEOPLE);
    private volatile FacetState facetState;
    private volatile TermCounts termCounts;

    IndexSearch(Supplier<SearcherManager> searchers, DocumentMapper mapper, TextAnalyzer analyzer) {
        this.queries = new QueryBuilder(analyzer);
        this.feedback = new FeedbackTerms(analyzer);
        this.analyzer = analyzer;
        this.searchers = searchers;
        this.mapper = mapper;
    }

    /** BM25 over title, abstract, places, people and category, each analysed term scored by its best field. */
    public List<ScoredId> lexical(String text, SearchFilter filter, int k) {
        return lexical(text, "", filter, k);
    }

    /** BM25 of the text's terms, plus the expansion's terms at half their weight. */
    public List<ScoredId> lexical(String text, String expansion, SearchFilter filter, int k) {
        Query query = queries.weightedQuery(feedback.withExpansion(feedback.plain(text), expansion));
        if (query == null) {
            return List.of();
        }
        return withSearcher(s -> ids(s,
                TopHits.pruned(s, queries.filtered(termStates.withStates(s, query), filter), k)));
    }

    /**
     * The reports holding one analysed term (as {@link #termsIn} reads terms) within the filter, by BM25, at most
     * {@code k}.
     */
    public List<ScoredId> withTerm(String term, SearchFilter filter, int k) {
        Query query = queries.weightedQuery(Map.of(term, 1f));
        return withSearcher(s -> ids(s,
                TopHits.pruned(s, queries.filtered(termStates.withStates(s, query), filter), k)));
    }

    /**
     * How many reports a first ranking should offer for pseudo-relevance feedback: the usual ten, but never
     * more than one in twenty of the library, whose top reports would otherwise describe the whole
     * collection rather than the question (a ten-record library gets no feedback).
     */
    public int feedbackDepth() {
        return Math.min(FeedbackTerms.FEEDBACK_DOCS, withSearcher(s -> s.getIndexReader().numDocs()) / FEEDBACK_SHARE);
    }

    /**
     * BM25 with pseudo-relevance feedback: the question's terms plus the terms that characterise the given
     * top-ranked reports (see {@link FeedbackTerms}).
     */
    public List<ScoredId> lexicalWithFeedback(String text, String expansion, List<String> feedbackIds,
                                              SearchFilter filter, int k) {
        Map<String, Float> weights = withSearcher(s -> {
            Map<String, Integer> known = termCounts(s.getIndexReader());
            Map<String, FeedbackText> analysed = feedbackTexts.getAll(s.getIndexReader(), feedbackIds,
                    missing -> feedbackTexts(s, missing, term -> uncheckedDocFreq(s, known, term)));
            List<FeedbackText> texts = feedbackIds.stream().filter(analysed::containsKey).map(analysed::get).toList();
            return feedback.expand(text, texts, s.getIndexReader().numDocs());
        });
        Query query = queries.weightedQuery(feedback.withExpansion(weights, expansion));
        if (query == null) {
            return List.of();
        }
        return withSearcher(s -> ids(s,
                TopHits.exhaustive(s, queries.filtered(termStates.withStates(s, query), filter), k)));
    }

    /**
     * The feedback texts of these records, as analysed at indexing; records indexed before that are analysed
     * now.
     */
    private Map<String, FeedbackText> feedbackTexts(IndexSearcher s, List<String> ids, ToIntFunction<String> docFreq) {
        Map<String, FeedbackText> out = new HashMap<>();
        StoredFields stored = StoredRecords.storedFields(s);
        StoredRecords.forEachDoc(s, ids, (leaf, doc, id) -> {
            BinaryDocValues values = leaf.reader().getBinaryDocValues(IndexFields.FEEDBACK_TEXT);
            if (values != null && values.advanceExact(doc)) {
                out.put(id, FeedbackText.decode(values.binaryValue(), docFreq));
            } else {
                Publication p = mapper.publication(stored.document(leaf.docBase + doc, StoredRecords.RECORD));
                out.put(id, FeedbackText.of(analyzer.terms(DocumentMapper.feedbackText(p)), docFreq));
            }
        });
        return out;
    }

    /** The abstract sentences and their vectors of each of these records that exists. */
    public Map<String, SentenceVectors> sentenceVectors(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return withSearcher(s -> decodedSentences.getAll(s.getIndexReader(), ids, missing -> {
            Map<String, SentenceVectors> out = new HashMap<>();
            StoredFields stored = StoredRecords.storedFields(s);
            StoredRecords.forEachDoc(s, missing, (leaf, doc, id) -> out.put(id, DocumentMapper.sentences(
                    stored.document(leaf.docBase + doc, StoredRecords.SENTENCES),
                    SentenceVectorValues.of(leaf, doc, stored))));
            return out;
        }));
    }

    /**
     * For each of these records that has sentence vectors, the cosine of the query with its closest abstract
     * sentence, read without decoding the records' sentences (the dense list's fifty reports, question after
     * question).
     */
    public Map<String, Double> closestSentences(Collection<String> ids, float[] query) {
        return closestSentences(VectorSpace.PRIMARY, ids, query);
    }

    /** As {@link #closestSentences(Collection, float[])}, over the sentence vectors of {@code space}. */
    public Map<String, Double> closestSentences(VectorSpace space, Collection<String> ids, float[] query) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return withSearcher(s -> SentenceVectorValues.closest(s, ids, query, space));
    }

    /** Up to {@code limit} indexed terms that begin with {@code prefix}, in term order. */
    public List<String> termsStartingWith(String prefix, int limit) {
        return withSearcher(s -> {
            Set<String> out = new TreeSet<>();
            for (String field : MATCH_FIELDS) {
                Terms terms = MultiTerms.getTerms(s.getIndexReader(), field);
                if (terms == null) {
                    continue;
                }
                TermsEnum te = terms.iterator();
                if (te.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) {
                    continue;
                }
                for (int i = 0; i < limit; i++) {
                    String term = te.term().utf8ToString();
                    if (!term.startsWith(prefix)) {
                        break;
                    }
                    out.add(term);
                    if (te.next() == null) {
                        break;
                    }
                }
            }
            return out.stream().limit(limit).toList();
        });
    }

    /**
     * The indexed term closest in spelling to {@code term} (same first letter, at most {@code maxEdits} edits,
     * a swap of two letters counting as one), the one most reports use when several are as close; empty when none.
     */
    public Optional<String> nearestTerm(String term, int maxEdits) {
        return nearest(MATCH_FIELDS, term, maxEdits);
    }

    /**
     * The word as some record writes it (not stemmed) that is at most {@code maxEdits} letters from {@code word}: the
     * fewest edits, then the most records; empty when none is, or the index was built before it kept the words.
     */
    public Optional<String> nearestWrittenWord(String word, int maxEdits) {
        return nearest(List.of(IndexFields.SPELLING), word.toLowerCase(Locale.ROOT), maxEdits);
    }

    /** The term of these fields fewest edits from {@code term}, the one most records hold among equals. */
    private Optional<String> nearest(List<String> fields, String term, int maxEdits) {
        return withSearcher(s -> {
            String best = null;
            int bestEdits = Integer.MAX_VALUE;
            int bestDf = 0;
            for (String field : fields) {
                Terms terms = MultiTerms.getTerms(s.getIndexReader(), field);
                if (terms == null) {
                    continue;
                }
                for (int edits = 1; edits <= maxEdits && edits <= bestEdits; edits++) {
                    FuzzyTermsEnum te = new FuzzyTermsEnum(terms, new Term(field, term), edits, 1, true);
                    for (BytesRef b = te.next(); b != null; b = te.next()) {
                        String t = b.utf8ToString();
                        if (!t.equals(term) && (edits < bestEdits || te.docFreq() > bestDf)) {
                            best = t;
                            bestEdits = edits;
                            bestDf = te.docFreq();
                        }
                    }
                }
            }
            return Optional.ofNullable(best);
        });
    }

    /** The records of these ids that exist, parsed once per index reader (bounded) rather than per question. */
    public Map<String, Publication> publications(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return withSearcher(s -> parsedRecords.getAll(s.getIndexReader(), ids, missing -> {
            Map<String, Publication> out = new HashMap<>();
            for (Document doc : StoredRecords.byId(s, missing, StoredRecords.RECORD)) {
                Publication p = mapper.publication(doc);
                out.put(p.id(), p);
            }
            return out;
        }));
    }

    /** How many reports name, among their authors and organisations, every word of {@code name}. */
    public int countNaming(String name) {
        List<String> terms = analyzer.terms(name);
        if (terms.isEmpty()) {
            return 0;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        new LinkedHashSet<>(terms).forEach(t -> all.add(new TermQuery(new Term(IndexFields.PEOPLE, t)),
                BooleanClause.Occur.FILTER));
        return count(all.build());
    }

    /** How many reports the filter lets through. */
    public int count(SearchFilter filter) {
        return count(filter.isEmpty() ? new MatchAllDocsQuery() : queries.restriction(filter));
    }

    /** The record's own vector (the one kNN searches), if the record exists. */
    public Optional<float[]> recordVector(String id) {
        return withSearcher(s -> {
            TopDocs top = s.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            int doc = top.scoreDocs[0].doc;
            LeafReaderContext leaf = s.getIndexReader().leaves()
                    .get(ReaderUtil.subIndex(doc, s.getIndexReader().leaves()));
            FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexFields.VECTOR);
            if (values == null || values.advance(doc - leaf.docBase) != doc - leaf.docBase) {
                return Optional.empty();
            }
            return Optional.of(values.vectorValue().clone());
        });
    }

    /** Nearest neighbours of {@code vector} (cosine), restricted by the filter. */
    public List<ScoredId> dense(float[] vector, SearchFilter filter, int k) {
        return dense(VectorSpace.PRIMARY, vector, filter, k);
    }

    /** The {@code k} records nearest to {@code vector} among those of {@code space}; none when no record has one. */
    public List<ScoredId> dense(VectorSpace space, float[] vector, SearchFilter filter, int k) {
        Query restriction = filter.isEmpty() ? null : queries.restriction(filter);
        int n = Math.max(1, k);
        return withSearcher(s -> ids(s, s.search(new KnnFloatVectorQuery(space.vectorField(), vector, n, restriction),
                n)));
    }

    /**
     * Documents containing each analysed term (in any text field), and the total number of documents.
     * Counts are remembered per index version: a question asks for the same terms several times, and a
     * large library would otherwise walk long posting lists on every request.
     */
    public TermStats termStats(List<String> terms) {
        return withSearcher(s -> {
            Map<String, Integer> known = termCounts(s.getIndexReader());
            Map<String, Integer> df = new LinkedHashMap<>();
            for (String term : new LinkedHashSet<>(terms)) {
                df.put(term, docFreq(s, known, term));
            }
            return new TermStats(df, s.getIndexReader().numDocs());
        });
    }

    /** Documents containing the term in any text field, remembered per reader (up to a bound). */
    private static int docFreq(IndexSearcher s, Map<String, Integer> known, String term) throws IOException {
        Integer count = known.get(term);
        if (count == null) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            IndexFields.TEXT_BOOSTS.keySet().forEach(f -> any.add(new TermQuery(new Term(f, term)),
                    BooleanClause.Occur.SHOULD));
            count = s.count(any.build());
            if (known.size() < MAX_REMEMBERED_TERMS) {
                known.put(term, count);
            }
        }
        return count;
    }

    private static int uncheckedDocFreq(IndexSearcher s, Map<String, Integer> known, String term) {
        try {
            return docFreq(s, known, term);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count a term's documents", e);
        }
    }

    private Map<String, Integer> termCounts(IndexReader reader) {
        TermCounts current = termCounts;
        if (current == null || current.reader() != reader) {
            current = new TermCounts(reader, new ConcurrentHashMap<>());
            termCounts = current;
        }
        return current.counts();
    }

    /** A page of publications matching the text (all when blank) and filter, with facet counts. */
    public BrowsePage browse(String text, SearchFilter filter, int page, int pageSize) {
        return browseFrom(text, filter, page * pageSize, pageSize);
    }

    /** Up to {@code limit} publications from the {@code offset}-th match on, in browse order, with facet counts. */
    public BrowsePage browseFrom(String text, SearchFilter filter, int offset, int limit) {
        Query text0 = text == null || text.isBlank() ? new MatchAllDocsQuery() : queries.textQuery(text);
        Query query = queries.filtered(text0 == null ? new MatchAllDocsQuery() : text0, filter);
        boolean ranked = text0 != null && !(text0 instanceof MatchAllDocsQuery);
        return withSearcher(s -> {
            int n = Math.max(1, offset + limit);
            Sort sort = ranked ? Sort.RELEVANCE
                    : new Sort(new SortField(IndexFields.YEAR, SortField.Type.INT, true), SortField.FIELD_DOC);
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(s, query, n, sort, new FacetsCollectorManager());
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            List<Publication> items = new ArrayList<>();
            for (int i = offset; i < Math.min(docs.length, offset + limit); i++) {
                items.add(mapper.publication(s.storedFields().document(docs[i].doc)));
            }
            return new BrowsePage((int) result.topDocs().totalHits.value, items,
                    facetCounts(s, result.facetsCollector()));
        });
    }

    /** Every value of each facet over the whole library, with its count. */
    public Map<String, Map<String, Integer>> facetValues() {
        return withSearcher(s -> {
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(s, new MatchAllDocsQuery(), 1, new FacetsCollectorManager());
            return facetCounts(s, result.facetsCollector());
        });
    }

    /**
     * For each of these records that has any, which of these analysed terms its title, abstract, places or
     * people contain: a few small index lookups instead of analysing each record's text again.
     */
    public Map<String, Set<String>> termsIn(Collection<String> ids, Collection<String> terms) {
        if (ids.isEmpty() || terms.isEmpty()) {
            return Map.of();
        }
        return withSearcher(s -> {
            Map<String, Set<String>> out = new HashMap<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                termsIn(leaf, new LinkedHashSet<>(ids), new LinkedHashSet<>(terms), out);
            }
            return out;
        });
    }

    /**
     * One segment's part of {@link #termsIn}: the records' documents looked up by id once, then each term's
     * postings in each field advanced over them (instead of a query per term).
     */
    private static void termsIn(LeafReaderContext leaf, Set<String> ids, Set<String> terms,
                                Map<String, Set<String>> out) throws IOException {
        LeafReader reader = leaf.reader();
        Bits live = reader.getLiveDocs();
        TreeMap<Integer, String> docs = new TreeMap<>();
        Terms idTerms = reader.terms(IndexFields.ID);
        if (idTerms == null) {
            return;
        }
        TermsEnum idEnum = idTerms.iterator();
        PostingsEnum postings = null;
        for (String id : ids) {
            if (idEnum.seekExact(new BytesRef(id))) {
                postings = idEnum.postings(postings, PostingsEnum.NONE);
                for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                    if (live == null || live.get(d)) {
                        docs.put(d, id);
                    }
                }
            }
        }
        if (docs.isEmpty()) {
            return;
        }
        for (String field : MATCH_FIELDS) {
            Terms fieldTerms = reader.terms(field);
            if (fieldTerms == null) {
                continue;
            }
            TermsEnum termsEnum = fieldTerms.iterator();
            for (String term : terms) {
                if (!termsEnum.seekExact(new BytesRef(term))) {
                    continue;
                }
                postings = termsEnum.postings(postings, PostingsEnum.NONE);
                for (Map.Entry<Integer, String> doc : docs.entrySet()) {
                    int at = postings.docID() >= doc.getKey() ? postings.docID() : postings.advance(doc.getKey());
                    if (at == DocIdSetIterator.NO_MORE_DOCS) {
                        break;
                    }
                    if (at == doc.getKey()) {
                        out.computeIfAbsent(doc.getValue(), k -> new HashSet<>()).add(term);
                    }
                }
            }
        }
    }

    /** Index segments searched per query (each has its own HNSW graph). */
    public int segments() {
        return withSearcher(s -> s.getIndexReader().leaves().size());
    }

    int count(Query query) {
        return withSearcher(s -> s.count(query));
    }

    List<Document> stored(Query query, int k) {
        return withSearcher(s -> {
            List<Document> out = new ArrayList<>();
            for (ScoreDoc sd : s.search(query, k).scoreDocs) {
                out.add(s.storedFields().document(sd.doc));
            }
            return out;
        });
    }

    void forEachStored(Query query, Consumer<Document> consumer) {
        withSearcher(s -> {
            int total = Math.max(1, s.count(query));
            for (ScoreDoc sd : s.search(query, total).scoreDocs) {
                consumer.accept(s.storedFields().document(sd.doc, Set.of(IndexFields.ID, IndexFields.HASH)));
            }
            return null;
        });
    }

    private Map<String, Map<String, Integer>> facetCounts(IndexSearcher s, FacetsCollector collector)
            throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (String dim : IndexFields.FACETS) {
            out.put(dim.equals(IndexFields.YEAR_FACET) ? "year" : dim, new LinkedHashMap<>());
        }
        DefaultSortedSetDocValuesReaderState state = facetState(s.getIndexReader());
        if (state == null) {
            return out;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : IndexFields.FACETS) {
            FacetResult result;
            try {
                result = counts.getAllChildren(dim);
            } catch (IllegalArgumentException noSuchDim) {
                continue;
            }
            if (result == null) {
                continue;
            }
            Map<String, Integer> values = out.get(dim.equals(IndexFields.YEAR_FACET) ? "year" : dim);
            List<LabelAndValue> sorted = new ArrayList<>(List.of(result.labelValues));
            sorted.sort((a, b) -> b.value.intValue() != a.value.intValue() ? b.value.intValue() - a.value.intValue()
                    : a.label.compareTo(b.label));
            sorted.forEach(lv -> values.put(lv.label, lv.value.intValue()));
        }
        return out;
    }

    /** Facet ordinals are per reader: rebuilt once when the index changes, not per request. */
    private DefaultSortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState current = facetState;
        if (current != null && current.reader() == reader) {
            return current.state();
        }
        DefaultSortedSetDocValuesReaderState state;
        try {
            state = reader.numDocs() == 0 ? null : new DefaultSortedSetDocValuesReaderState(reader, mapper.facets());
        } catch (IllegalArgumentException noFacetsYet) {
            state = null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private List<ScoredId> ids(IndexSearcher searcher, TopDocs top) throws IOException {
        return hitIds.of(searcher, top);
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        for (int attempt = 1; ; attempt++) {
            SearcherManager manager = searchers.get();
            IndexSearcher searcher;
            try {
                searcher = manager.acquire();
            } catch (AlreadyClosedException e) {
                if (attempt < 3 && searchers.get() != manager) {
                    continue; // a rebuilt index was swapped in meanwhile: search that one
                }
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException("index search failed", e);
            }
            try {
                return work.apply(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("index search failed", e);
            } finally {
                release(manager, searcher);
            }
        }
    }

    private static void release(SearcherManager manager, IndexSearcher searcher) {
        try {
            manager.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release an index searcher", e);
        }
    }

    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private record FacetState(IndexReader reader, DefaultSortedSetDocValuesReaderState state) {
    }

    private record TermCounts(IndexReader reader, Map<String, Integer> counts) {
    }

    /** Document frequencies of analysed terms, and the number of documents they are out of. */
    public record TermStats(Map<String, Integer> docFreq, int numDocs) {
        public TermStats {
            docFreq = Map.copyOf(docFreq);
        }
    }
}
