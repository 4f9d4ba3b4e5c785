package org.refdesk.retrieve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.refdesk.library.Publication;

/**
 * "The Indian one", "the NORC one", "the cocoa study": which of the reports cited so far a word before "one" or
 * "report" picks out — by a place they are filed under, by one of their makers, or by a word of their titles.
 * A title word picks only when it tells some of the reports from the others. Immutable and thread-safe.
 */
final class NamedCited {

    /** Words that say which edition or how, not which report: "the new one", "the longer one". */
    private static final Set<String> NOT_NAMES = Set.of("new", "newer", "newest", "latest", "recent", "old", "older",
            "oldest", "earlier", "earliest", "later", "next", "previous", "last", "first", "same", "other", "whole",
            "full", "short", "shorter", "long", "longer", "main", "original", "final", "big", "bigger", "small",
            "smaller", "good", "better", "best", "current", "updated", "annual", "yearly", "this", "that", "right",
            "wrong", "only", "single", "second", "third", "actual", "real", "entire", "cited", "above", "following");
    private static final int MIN_WORD = 3;

    private NamedCited() {
    }

    /** The ids of the reports in {@code pool} the word names; none when it names none, or every one by title alone. */
    static List<String> pick(String word, List<Publication> pool, Vocabulary vocab) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < MIN_WORD || NOT_NAMES.contains(w)) {
            return List.of();
        }
        Set<String> places = new HashSet<>(List.of(w));
        String country = vocab.countriesOfDemonyms(word);
        if (!country.isEmpty()) {
            places.add(country.toLowerCase(Locale.ROOT));
        }
        List<String> placed = ids(pool, p -> p.countries().stream()
                .anyMatch(c -> places.contains(c.toLowerCase(Locale.ROOT))));
        if (!placed.isEmpty()) {
            return placed;
        }
        List<String> made = ids(pool, p -> p.authors().stream().anyMatch(a -> words(a).contains(w)));
        if (!made.isEmpty()) {
            return made;
        }
        List<String> titled = ids(pool, p -> words(p.title()).contains(w));
        return titled.size() < pool.size() ? titled : List.of();
    }

    private static List<String> ids(List<Publication> pool, Predicate<Publication> names) {
        return pool.stream().filter(names).map(Publication::id).toList();
    }

    private static List<String> words(String text) {
        return List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
    }
}
