package org.refdesk.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.apache.lucene.util.BytesRef;

/**
 * One feedback report's analysed text (title and abstract) as RM3 needs it, computed once per index reader:
 * how many terms it has, and its candidate expansion terms (longer than two characters, not all digits) in
 * order of first occurrence, each with how often it occurs and how many reports contain it. The terms and
 * counts are also kept in the index ({@link #encode}), so a report first used for feedback is not analysed
 * again at question time.
 */
record FeedbackText(int length, String[] terms, int[] counts, int[] docFreqs) {

    /** The candidates of these analysed terms, with document frequencies from {@code docFreq}. */
    static FeedbackText of(List<String> analysed, ToIntFunction<String> docFreq) {
        Map<String, int[]> seen = candidates(analysed);
        List<String> terms = new ArrayList<>(seen.keySet());
        int[] counts = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            counts[i] = seen.get(terms.get(i))[0];
        }
        return withDocFreqs(analysed.size(), terms.toArray(String[]::new), counts, docFreq);
    }

    /** The length and candidates of these analysed terms as bytes: what {@link #decode} reads. */
    static byte[] encode(List<String> analysed) {
        Map<String, int[]> seen = candidates(analysed);
        List<byte[]> utf8 = seen.keySet().stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
        ByteBuffer buf = ByteBuffer.allocate(2 * Integer.BYTES
                + utf8.stream().mapToInt(b -> 2 * Integer.BYTES + b.length).sum());
        buf.putInt(analysed.size()).putInt(utf8.size());
        int i = 0;
        for (int[] count : seen.values()) {
            buf.putInt(count[0]).putInt(utf8.get(i).length).put(utf8.get(i));
            i++;
        }
        return buf.array();
    }

    /** A text {@link #encode}d at indexing, with document frequencies from {@code docFreq}. */
    static FeedbackText decode(BytesRef bytes, ToIntFunction<String> docFreq) {
        ByteBuffer buf = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int length = buf.getInt();
        String[] terms = new String[buf.getInt()];
        int[] counts = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            counts[i] = buf.getInt();
            int n = buf.getInt();
            terms[i] = new String(bytes.bytes, buf.position(), n, StandardCharsets.UTF_8);
            buf.position(buf.position() + n);
        }
        return withDocFreqs(length, terms, counts, docFreq);
    }

    private static FeedbackText withDocFreqs(int length, String[] terms, int[] counts, ToIntFunction<String> docFreq) {
        int[] docFreqs = new int[terms.length];
        for (int i = 0; i < terms.length; i++) {
            docFreqs[i] = docFreq.applyAsInt(terms[i]);
        }
        return new FeedbackText(length, terms, counts, docFreqs);
    }

    /** Each candidate term with how often it occurs, in order of first occurrence. */
    private static Map<String, int[]> candidates(List<String> analysed) {
        Map<String, int[]> seen = new LinkedHashMap<>();
        for (String t : analysed) {
            if (candidate(t)) {
                seen.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        return seen;
    }

    /** A term that can be an expansion term at all: longer than two characters and not a bare number. */
    static boolean candidate(String term) {
        return term.length() > 2 && !term.chars().allMatch(Character::isDigit);
    }
}
