package org.refdesk.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer for indexing and querying text: words split on punctuation with hyphenated words
 * also kept whole ("re-trafficking" gives re, trafficking and retrafficking), folded to ASCII,
 * English stop words removed, stemmed with KStem (lighter than Porter, which makes "organization" an "organ").
 * Thread-safe.
 */
public final class TextAnalyzer extends Analyzer {

    static final CharArraySet STOP_WORDS = stopWords();

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.CATENATE_WORDS | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
        TokenStream stream = new WordDelimiterGraphFilter(source, flags, null);
        stream = new FlattenGraphFilter(stream);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** The analysed terms of a text, in order, duplicates kept. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = tokenStream("", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e);
        }
        return out;
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        set.addAll(List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does", "did",
                "have", "has", "had", "i", "me", "my", "we", "our", "you", "your", "he", "she", "his", "her", "them",
                "its", "were", "been", "being", "am", "can", "could", "would", "should", "may", "might", "shall",
                "about", "from", "so", "than", "too", "very", "just", "also", "s", "t", "any", "some", "all", "other",
                "those", "here", "up", "out", "over", "please",
                // linking and quantifying words: they shape a sentence, never its topic (spatial and temporal
                // prepositions stay: "flow between plates", "pressure below the shock" hinge on them)
                "against", "both", "each", "few", "most", "own", "same", "only", "nor", "again", "further", "once",
                "whether", "whereas", "yet", "while", "because", "until", "upon", "onto", "via", "among"));
        return CharArraySet.unmodifiableSet(set);
    }
}
