package org.refdesk.index;

import java.util.Map;

/** Field names and lexical boosts of the Lucene index. */
final class IndexFields {

    static final String ID = "id";
    /**
     * The id again as doc values: a hit's id without decompressing its stored record (indexes built before it fall
     * back).
     */
    static final String ID_VALUE = "id_value";
    static final String TITLE = "title";
    static final String TITLE_KEY = "title_key";
    static final String ABSTRACT = "abstract";
    static final String PLACES = "places";
    static final String PEOPLE = "people";
    static final String CATEGORY_TEXT = "category_text";
    static final String COUNTRY = "country";
    static final String REGION = "region";
    static final String CATEGORY = "category";
    static final String AUTHOR = "author";
    static final String AFFILIATION = "affiliation";
    static final String SCOPE = "scope";
    static final String YEAR = "year";
    static final String YEAR_FACET = "year_facet";
    static final String VECTOR = "vector";
    static final String HASH = "hash";
    static final String JSON = "json";
    static final String SENTENCES = "sentences";
    /** Each abstract sentence's distinct analysed terms, worked out at indexing for picking sentences. */
    static final String SENTENCE_TERMS = "sentence_terms";
    /** The sentence vectors of records indexed before {@link #SENTENCE_VECTOR_VALUES} (read only). */
    static final String SENTENCE_VECTORS = "sentence_vectors";
    /** The sentence vectors as doc values: read without decompressing the stored record. */
    static final String SENTENCE_VECTOR_VALUES = "sentence_vector_values";
    /** A record's analysed title and abstract as feedback reads them ({@link FeedbackText#encode}). */
    static final String FEEDBACK_TEXT = "feedback_text";
    /** The record's vector from the companion model, when one is configured ({@link VectorSpace#COMPANION}). */
    static final String COMPANION_VECTOR = "companion_vector";
    /** The sentence vectors from the companion model, packed as {@link #SENTENCE_VECTOR_VALUES} are. */
    static final String COMPANION_SENTENCE_VECTOR_VALUES = "companion_sentence_vector_values";
    /**
     * The long words of a record's title and abstract as written (lower case, not stemmed): a misspelling is compared
     * with them when the stemmer shortens the word meant ("refferal" is two letters from "referral", far from "refer").
     */
    static final String SPELLING = "spelling";
    static final String MODEL_KEY = "refdesk.model";

    /** Title words say most about a report; places and people matter when asked for; the abstract is long. */
    static final Map<String, Float> TEXT_BOOSTS = Map.of(
            TITLE, 3.0f, ABSTRACT, 1.0f, PLACES, 2.0f, PEOPLE, 2.0f, CATEGORY_TEXT, 1.0f);

    static final String[] FACETS = {COUNTRY, REGION, CATEGORY, AUTHOR, AFFILIATION, YEAR_FACET};

    private IndexFields() {
    }
}
