package org.refdesk.retrieve;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which non-EU countries did most of the victims come from?" right after a reply about registered victims: a
 * bare "the" plus a common noun the last question or reply used, with nothing after it saying which ones ("the victims of
 * organ trafficking" says it afresh), refers to what that reply was about. Immutable and thread-safe.
 */
final class DefiniteReference {

    private static final Pattern THE_NOUN = Pattern.compile("\\b[Tt]he ([a-z][a-z-]{3,})\\b(?:\\s+([a-z]+))?");
    /** Words after the noun that say which ones are meant, so the phrase stands on its own. */
    private static final Set<String> QUALIFIERS = Set.of("of", "in", "on", "at", "for", "from", "who", "whom",
            "that", "which", "whose", "with", "by", "under", "to", "about", "during", "between", "among", "across",
            "into", "since", "behind", "where", "when");
    /** Words after "the" that rank or place rather than name something the reply talked about. */
    private static final Set<String> NOT_NOUNS = Set.of("most", "best", "least", "main", "world", "whole", "same",
            "rest", "latest", "newest", "oldest", "earliest", "first", "second", "third", "last", "other", "next",
            "previous", "biggest", "largest", "highest", "lowest", "worst", "many", "following", "current", "recent",
            "present", "past", "future", "case", "issue", "problem", "situation", "role", "impact", "number",
            "amount", "extent", "scale", "state", "government", "public", "media", "internet", "police", "law",
            "people", "world's", "country's", "uk's", "usa", "eu's", "industry", "sector", "private", "global");

    private DefiniteReference() {
    }

    /**
     * True when {@code question} uses "the" + a noun the last exchange ({@code said}) used, not followed by what
     * singles it out.
     */
    static boolean pointsBack(String question, String said) {
        if (said.isBlank()) {
            return false;
        }
        String reply = " " + said.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]+", " ") + " ";
        Matcher m = THE_NOUN.matcher(question);
        while (m.find()) {
            String noun = m.group(1);
            String after = m.group(2);
            if (NOT_NOUNS.contains(noun) || QuestionWording.QUESTION_WORDS.contains(noun)
                    || after != null && QUALIFIERS.contains(after)) {
                continue;
            }
            if (reply.contains(" " + noun + " ") || reply.contains(" " + singular(noun) + " ")
                    || reply.contains(" " + noun + "s ")) {
                return true;
            }
        }
        return false;
    }

    private static String singular(String noun) {
        return noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
