package org.refdesk.retrieve;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A question that writes out a report's whole title ("UNODC global report on trafficking in persons, 2020
 * edition") asks for that report: the candidates whose title of four words or more the question contains come
 * first, the longest title first, the fused order otherwise kept. Thread-safe.
 */
final class KnownTitle {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** A title of fewer words ("Modern Slavery Act", "Child Labour") is also a topic phrase, not a name. */
    private static final int MIN_WORDS = 4;

    private KnownTitle() {
    }

    static List<Candidate> first(String question, List<Candidate> candidates) {
        String q = normalised(question);
        // by identity: a record's hash would walk the whole publication at every lookup of the sort
        Map<Candidate, Integer> letters = new IdentityHashMap<>();
        candidates.forEach(c -> letters.put(c, written(q, c.publication().title())));
        if (letters.values().stream().allMatch(n -> n == 0)) {
            return candidates;
        }
        return candidates.stream().sorted(Comparator.comparingInt((Candidate c) -> -letters.get(c))).toList();
    }

    /** The letters of the title when the question writes it out whole, or 0. */
    static int written(String normalisedQuestion, String title) {
        String whole = normalised(title);
        return named(whole) && normalisedQuestion.contains(whole) ? whole.length() : 0;
    }

    private static boolean named(String normalisedTitle) {
        return normalisedTitle.strip().split(" ").length >= MIN_WORDS;
    }

    /**
     * Lower-case letters only, without accents ("México" is "mexico"), words single-spaced, with a space at each end
     * (years and marks dropped).
     */
    static String normalised(String text) {
        String plain = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return " " + NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }
}
