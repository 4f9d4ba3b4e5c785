package org.refdesk.retrieve;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which non-EU countries did most of the victims come from?" right after a reply about registered victims: a
 * bare "the" plus a common noun the last question or reply used ("the migrant workers in the survey" after a reply
 * on workers a study surveyed), with nothing after it saying which ones ("the victims of organ trafficking" says it
 * afresh), refers to what that exchange was about; so does one who exists only in relation to a text ("the
 * drafters"). Immutable and thread-safe.
 */
final class DefiniteReference {

    /** "the" + a word and up to three words after it. */
    private static final Pattern THE_NOUN = Pattern.compile(
            "\\b[Tt]he ([a-z][a-z-]{3,})\\b" + "(?:\\s+([\\p{L}\\d'-]+))?".repeat(3));
    /** Words after the noun that say which ones are meant, so the phrase stands on its own. */
    private static final Set<String> QUALIFIERS = Set.of("of", "in", "on", "at", "for", "from", "who", "whom",
            "that", "which", "whose", "with", "by", "under", "to", "about", "during", "between", "among", "across",
            "into", "behind", "where", "when");
    /** Words after "the" that rank or place rather than name something the exchange talked about. */
    private static final Set<String> NOT_NOUNS = Set.of("most", "best", "least", "main", "world", "whole", "same",
            "rest", "latest", "newest", "oldest", "earliest", "first", "second", "third", "last", "other", "next",
            "previous", "biggest", "largest", "highest", "lowest", "worst", "many", "following", "current", "recent",
            "present", "past", "future", "case", "issue", "problem", "situation", "role", "impact", "number",
            "amount", "extent", "scale", "state", "government", "public", "media", "internet", "police", "law",
            "people", "industry", "sector", "private", "global");

    /** People who exist only in relation to a text: "the drafters" are always the last report's. */
    private static final Set<String> ROLES_OF_A_TEXT = Set.of("drafters", "drafter", "authors", "author",
            "editors", "editor", "researchers", "signatories", "compilers");

    /** Verbs that end like plural nouns. */
    private static final Set<String> VERBS = Set.of("does", "goes", "says", "makes", "takes", "gets", "comes",
            "seems", "looks", "needs", "means", "works", "tells", "shows", "gives", "uses", "finds", "covers",
            "lists", "counts", "puts", "helps", "keeps", "lets", "calls", "asks", "wants", "talks");

    private DefiniteReference() {
    }

    /**
     * True when {@code question} uses "the" + a noun (or an adjective and a noun) the last exchange ({@code said})
     * used, not followed by what singles it out.
     */
    static boolean pointsBack(String question, String said) {
        if (said.isBlank()) {
            return false;
        }
        List<String> words = Arrays.asList(said.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+"));
        Matcher m = THE_NOUN.matcher(question);
        int from = 0;
        while (m.find(from)) {
            from = m.start(1);
            // the noun is the word after "the", or the one after that ("the migrant workers"); what follows it must
            // not single out which ones, though a preposition that ends the question ("come from?") qualifies nothing
            for (int head = 1; head <= 2; head++) {
                String noun = m.group(head);
                boolean role = noun != null && ROLES_OF_A_TEXT.contains(noun);
                if (noun != null && (head == 1 || plural(noun)) && !NOT_NOUNS.contains(noun)
                        && (role || !QuestionWording.QUESTION_WORDS.contains(noun))
                        && noun.equals(noun.toLowerCase(Locale.ROOT)) && noun.length() >= 4
                        && !qualified(m.group(head + 1), m.group(head + 2))
                        && (role || used(noun, words))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when {@code question} speaks of "the drafters" or "the authors" with nothing after saying whose. */
    static boolean namesRoleOfText(String question) {
        Matcher m = THE_NOUN.matcher(question);
        int from = 0;
        while (m.find(from)) {
            from = m.start(1);
            if (ROLES_OF_A_TEXT.contains(m.group(1)) && !qualified(m.group(2), m.group(3))) {
                return true;
            }
        }
        return false;
    }

    /** A plural noun after an adjective ("the migrant workers"), not a verb ("the study says"). */
    private static boolean plural(String word) {
        return word.endsWith("s") && !word.endsWith("ss") && !VERBS.contains(word);
    }

    private static boolean qualified(String after, String then) {
        return after != null && QUALIFIERS.contains(after.toLowerCase(Locale.ROOT)) && then != null;
    }

    private static boolean used(String noun, List<String> words) {
        return words.stream().anyMatch(w -> w.length() >= 4 && WordFamily.related(noun, w));
    }
}
