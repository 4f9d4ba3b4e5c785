package org.refdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.refdesk.library.SentenceSplitter;

/**
 * Finds quoted sentences in an abstract. A sentence counts only where it stands in the abstract character
 * for character; one that does not (a model's paraphrase, or a sentence the splitter rejoined across
 * irregular spacing) gets no quote rather than an approximate one. Stateless and thread-safe.
 */
public final class Quotes {

    private static final Pattern MARKERS = Pattern.compile("\\s*\\[\\d+(?:\\s*,\\s*\\d+)*]");
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    private Quotes() {
    }

    /**
     * The sentences of an answer written by someone else (a language model) that stand verbatim in the
     * abstract, once its [n] markers are taken out; paraphrases get none.
     */
    public static List<Quote> verbatim(String answerText, String abstractText) {
        return locate(abstractText, SPLITTER.split(MARKERS.matcher(answerText).replaceAll("")));
    }

    /** The place of each sentence that is verbatim in {@code abstractText}, in the order given. */
    public static List<Quote> locate(String abstractText, List<String> sentences) {
        List<Quote> out = new ArrayList<>();
        for (String sentence : sentences) {
            String s = sentence == null ? "" : sentence.strip();
            int at = s.isEmpty() ? -1 : abstractText.indexOf(s);
            if (at >= 0) {
                out.add(new Quote(at, at + s.length()));
            }
        }
        return out;
    }
}
