package org.refdesk.retrieve;

import java.util.Locale;
import java.util.Set;

/**
 * Whether two words are forms of one stem: what is left of each after a shared beginning is an English
 * ending ("migrate", "migrating"; "statisticians", "statistics"), or one of them whole begins the other
 * ("undergrad", "undergraduate"). Two words that merely begin alike are not ("election", "electronic").
 * Stateless.
 */
final class WordFamily {

    /** The shortest shared beginning two forms of one word may have. */
    private static final int MIN_SHARED = 4;

    /** Inflectional and derivational endings, and none ("" for the bare stem). */
    private static final Set<String> ENDINGS = Set.of("", "e", "s", "es", "ed", "d", "ing", "er", "ers", "or",
            "ors", "ion", "ions", "tion", "tions", "ation", "ations", "ant", "ants", "ent", "ents", "ance", "ence",
            "ist", "ists", "ism", "isms", "ian", "ians", "ic", "ics", "ical", "ally", "al", "als", "ment", "ments",
            "mental", "ity", "ities", "ive", "ives", "ness", "ly", "y", "ies", "ied", "ise", "ize", "ised", "ized",
            "ising", "izing", "isation", "ization", "ate", "ates", "ated", "ating", "ator", "ators", "atory", "able",
            "ible", "ee", "ees", "ary", "aries", "ory", "ories", "ful", "hood", "ship", "ure", "ures", "ial");

    private WordFamily() {
    }

    /**
     * True when, in lower case, one word begins the other, or both are a shared beginning of four letters or more
     * plus an ending.
     */
    static boolean related(String word, String other) {
        String a = word.toLowerCase(Locale.ROOT);
        String b = other.toLowerCase(Locale.ROOT);
        int shared = 0;
        while (shared < a.length() && shared < b.length() && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        if (shared >= MIN_SHARED && shared == Math.min(a.length(), b.length())) {
            // one word whole begins the other: a clipped form ("undergrad") or a compound of it ("fishermen")
            return true;
        }
        for (int cut = shared; cut >= MIN_SHARED; cut--) {
            if (ENDINGS.contains(a.substring(cut)) && ENDINGS.contains(b.substring(cut))) {
                return true;
            }
        }
        return false;
    }
}
