package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.library.Publication;

/**
 * Whether a question names a report just cited by words of its title after "the" ("which years does the action
 * plan run for?" after "… Final Report and Action Plan"): it asks about that report. Stateless.
 */
final class CitedTitle {

    /** "the" and the two or three words after it. */
    private static final Pattern THE_PHRASE = Pattern.compile(
            "(?i)\\bthe\\s+([\\p{L}\\p{N}]+)\\s+([\\p{L}\\p{N}]+)(?:\\s+([\\p{L}\\p{N}]+))?");
    /** Words that join a title's words and name nothing. */
    private static final Set<String> JOINING = Set.of("a", "an", "and", "the", "of", "in", "on", "for", "to", "by",
            "with", "from", "at", "or", "its", "their");

    private CitedTitle() {
    }

    /** True when the text names one of the cited reports by two or three consecutive words of its title. */
    static boolean named(String text, List<Publication> cited) {
        Matcher m = THE_PHRASE.matcher(text);
        while (m.find()) {
            for (Publication p : cited) {
                String title = " " + words(p.title()) + " ";
                if (names(title, m.group(1), m.group(2)) || m.group(3) != null
                        && names(title, m.group(1), m.group(2) + " " + m.group(3))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the text has a "the" phrase of two or three words that could name a report. */
    static boolean hasPhrase(String text) {
        return THE_PHRASE.matcher(text).find();
    }

    /**
     * True when a "the" phrase of the text ("the 2015 Act") is made of two or three words of the report's title,
     * in any order, none of them a joining word.
     */
    static boolean namesByWords(String text, Publication p) {
        // a title may hold a word twice ("Trafficking in Persons in Europe")
        Set<String> title = Set.copyOf(List.of(words(p.title()).split(" ")));
        Matcher m = THE_PHRASE.matcher(text);
        while (m.find()) {
            List<String> phrase = new ArrayList<>();
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null && !JOINING.contains(m.group(g).toLowerCase(Locale.ROOT))) {
                    phrase.add(m.group(g).toLowerCase(Locale.ROOT));
                }
            }
            long held = phrase.stream().filter(title::contains).count();
            if (held >= 2 && held >= phrase.size() - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean names(String title, String first, String rest) {
        String phrase = (first + " " + rest).toLowerCase(Locale.ROOT);
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1);
        return !JOINING.contains(first.toLowerCase(Locale.ROOT)) && !JOINING.contains(last)
                && title.contains(" " + phrase + " ");
    }

    private static String words(String title) {
        return String.join(" ", title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).strip();
    }
}
