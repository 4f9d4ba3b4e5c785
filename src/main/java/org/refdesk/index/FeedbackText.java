package org.refdesk.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * One feedback report's analysed text (title and abstract) as RM3 needs it, computed once per index reader:
 * how many terms it has, and its candidate expansion terms (longer than two characters, not all digits) in
 * order of first occurrence, each with how often it occurs and how many reports contain it.
 */
record FeedbackText(int length, String[] terms, int[] counts, int[] docFreqs) {

    /** The candidates of these analysed terms, with document frequencies from {@code docFreq}. */
    static FeedbackText of(List<String> analysed, ToIntFunction<String> docFreq) {
        Map<String, int[]> seen = new LinkedHashMap<>();
        for (String t : analysed) {
            if (candidate(t)) {
                seen.computeIfAbsent(t, k -> new int[1])[0]++;
            }
        }
        List<String> terms = new ArrayList<>(seen.keySet());
        int[] counts = new int[terms.size()];
        int[] docFreqs = new int[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            counts[i] = seen.get(terms.get(i))[0];
            docFreqs[i] = docFreq.applyAsInt(terms.get(i));
        }
        return new FeedbackText(analysed.size(), terms.toArray(String[]::new), counts, docFreqs);
    }

    /** A term that can be an expansion term at all: longer than two characters and not a bare number. */
    static boolean candidate(String term) {
        return term.length() > 2 && !term.chars().allMatch(Character::isDigit);
    }
}
