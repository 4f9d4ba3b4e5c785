package org.refdesk.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.refdesk.library.Publication;

/** Turns publications into Lucene documents and back. Thread-safe. */
final class DocumentMapper {

    private static final String SENTENCE_SEPARATOR = "\u0001";
    /** Analysed terms are letters and digits only (the word delimiter splits on everything else). */
    private static final String TERM_SEPARATOR = "\u0002";
    /** Shorter words are not corrected ({@code LibraryWords}): they have too many neighbours one letter away. */
    static final int MIN_SPELLING = 7;
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private final ObjectMapper json = new ObjectMapper();
    private final FacetsConfig facets = facetsConfig();
    private final TextAnalyzer analyzer;

    DocumentMapper(TextAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dim : IndexFields.FACETS) {
            config.setMultiValued(dim, true);
        }
        return config;
    }

    FacetsConfig facets() {
        return facets;
    }

    Document toDocument(IndexedPublication entry) {
        Publication p = entry.publication();
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, p.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(IndexFields.ID_VALUE, new BytesRef(p.id())));
        doc.add(new StringField(IndexFields.HASH, entry.hash(), Field.Store.YES));
        doc.add(new TextField(IndexFields.TITLE, p.title(), Field.Store.NO));
        doc.add(new StringField(IndexFields.TITLE_KEY, titleKey(p.title()), Field.Store.NO));
        doc.add(new TextField(IndexFields.ABSTRACT, p.abstractText(), Field.Store.NO));
        spellingWords(p.title() + " " + p.abstractText())
                .forEach(w -> doc.add(new StringField(IndexFields.SPELLING, w, Field.Store.NO)));
        doc.add(new TextField(IndexFields.PLACES, String.join(" ; ", concat(p.countries(), p.regions())),
                Field.Store.NO));
        doc.add(new TextField(IndexFields.PEOPLE, String.join(" ; ", concat(p.authors(), p.affiliations())),
                Field.Store.NO));
        if (p.category() != null) {
            doc.add(new TextField(IndexFields.CATEGORY_TEXT, p.category(), Field.Store.NO));
            facet(doc, IndexFields.CATEGORY, p.category());
        }
        p.countries().forEach(c -> facet(doc, IndexFields.COUNTRY, c));
        p.regions().forEach(r -> facet(doc, IndexFields.REGION, r));
        p.authors().forEach(a -> facet(doc, IndexFields.AUTHOR, a));
        p.affiliations().forEach(a -> facet(doc, IndexFields.AFFILIATION, a));
        scopeValues(p).forEach(v -> doc.add(new StringField(IndexFields.SCOPE, v, Field.Store.NO)));
        if (p.year() != null) {
            doc.add(new IntPoint(IndexFields.YEAR, p.year()));
            doc.add(new NumericDocValuesField(IndexFields.YEAR, p.year()));
            facet(doc, IndexFields.YEAR_FACET, p.year().toString());
        }
        doc.add(new KnnFloatVectorField(IndexFields.VECTOR, entry.vector(), VectorSimilarityFunction.COSINE));
        doc.add(new StoredField(IndexFields.JSON, toJson(p)));
        doc.add(new StoredField(IndexFields.SENTENCES, String.join(SENTENCE_SEPARATOR, entry.sentences())));
        doc.add(new StoredField(IndexFields.SENTENCE_TERMS, String.join(SENTENCE_SEPARATOR, entry.sentences().stream()
                .map(s -> String.join(TERM_SEPARATOR, new LinkedHashSet<>(analyzer.terms(s)))).toList())));
        doc.add(new BinaryDocValuesField(IndexFields.SENTENCE_VECTOR_VALUES,
                new BytesRef(SentenceVectorValues.pack(entry.sentenceVectors()))));
        if (entry.companionVector() != null) {
            doc.add(new KnnFloatVectorField(IndexFields.COMPANION_VECTOR, entry.companionVector(),
                    VectorSimilarityFunction.COSINE));
            doc.add(new BinaryDocValuesField(IndexFields.COMPANION_SENTENCE_VECTOR_VALUES,
                    new BytesRef(SentenceVectorValues.pack(entry.companionSentenceVectors()))));
        }
        doc.add(new BinaryDocValuesField(IndexFields.FEEDBACK_TEXT,
                new BytesRef(FeedbackText.encode(analyzer.terms(feedbackText(p))))));
        return doc;
    }

    /** The distinct words of {@link #MIN_SPELLING} letters or more, in lower case, as written. */
    static Set<String> spellingWords(String text) {
        Set<String> words = new TreeSet<>();
        Matcher m = LETTERS.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() >= MIN_SPELLING) {
                words.add(m.group());
            }
        }
        return words;
    }

    /** What pseudo-relevance feedback reads of a record: its title and abstract. */
    static String feedbackText(Publication p) {
        return p.title() + "\n" + p.abstractText();
    }

    /** Every metadata value of a record, lower-cased, for {@link SearchFilter.Scope} matching. */
    private static Set<String> scopeValues(Publication p) {
        Set<String> values = new HashSet<>();
        Stream.of(p.countries(), p.regions(), p.authors(), p.affiliations(),
                        p.category() == null ? List.<String>of() : List.of(p.category()))
                .flatMap(List::stream).forEach(v -> values.add(scopeKey(v)));
        return values;
    }

    /** Titles compared without case, punctuation or spacing differences. */
    static String titleKey(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String scopeKey(String value) {
        return value.toLowerCase(Locale.ROOT).strip();
    }

    private static void facet(Document doc, String dim, String value) {
        doc.add(new StringField(dim, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesFacetField(dim, value));
    }

    Publication publication(Document doc) {
        try {
            return json.readValue(doc.get(IndexFields.JSON), Publication.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored record of " + doc.get(IndexFields.ID) + " is unreadable", e);
        }
    }

    /** The record's sentences (stored) with their vectors (read by {@link SentenceVectorValues}). */
    static SentenceVectors sentences(Document doc, List<float[]> vectors) {
        return new SentenceVectors(sentenceList(doc), vectors, sentenceTerms(doc));
    }

    /** Each sentence's distinct analysed terms as written at indexing; null for records indexed before. */
    private static List<Set<String>> sentenceTerms(Document doc) {
        String joined = doc.get(IndexFields.SENTENCE_TERMS);
        if (joined == null) {
            return null;
        }
        List<Set<String>> out = new ArrayList<>();
        for (String terms : joined.split(SENTENCE_SEPARATOR, -1)) {
            out.add(terms.isEmpty() ? Set.of() : Set.of(terms.split(TERM_SEPARATOR)));
        }
        return out;
    }

    static List<String> sentenceList(Document doc) {
        String joined = doc.get(IndexFields.SENTENCES);
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SENTENCE_SEPARATOR));
    }

    private String toJson(Publication p) {
        try {
            return json.writeValueAsString(p);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + p.id(), e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
