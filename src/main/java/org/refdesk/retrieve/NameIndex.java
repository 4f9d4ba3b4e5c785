package org.refdesk.retrieve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known names (places, people, organisations, categories) in a question by looking its word
 * sequences up in a table, so the cost grows with the question, not with the number of names a large
 * library holds. Names match whole words, longest first, without overlapping; punctuation between words
 * is ignored ("Zimmerman, C." is "zimmerman c"), and so are accents ("sian oram" finds "Siân Oram"), unless the name
 * without them is an everyday word ("male" is not Malé); a case-sensitive key matches only as written. Immutable,
 * thread-safe.
 */
final class NameIndex {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Lower-case letters of their own that Unicode does not decompose into a letter and a mark. */
    private static final Map<Integer, String> UNMARKED = Map.of((int) 'ø', "o", (int) 'æ', "ae", (int) 'œ', "oe",
            (int) 'ß', "ss", (int) 'ł', "l", (int) 'đ', "d", (int) 'ð', "d", (int) 'þ', "th", (int) 'ı', "i");
    private final Map<String, List<Entry>> byPhrase = new HashMap<>();
    private final int longest;

    /** A name to find: its words, whether case counts, and what the caller calls it. */
    record Key(String text, boolean caseSensitive, int id) {
    }

    /** Where a name stands in the question: character offsets and the key's id. */
    record Match(int start, int end, int id) {
    }

    NameIndex(List<Key> keys) {
        int max = 0;
        for (Key k : keys) {
            List<String> words = words(k.text()).stream().map(Token::text).toList();
            if (words.isEmpty()) {
                continue;
            }
            byPhrase.computeIfAbsent(fold(String.join(" ", words)), p -> new ArrayList<>())
                    .add(new Entry(k, String.join(" ", words)));
            max = Math.max(max, words.size());
        }
        this.longest = max;
    }

    List<Match> find(String question) {
        List<Token> tokens = words(question);
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            StringBuilder phrase = new StringBuilder();
            StringBuilder written = new StringBuilder();
            for (int n = 1; n <= longest && i + n <= tokens.size(); n++) {
                Token t = tokens.get(i + n - 1);
                phrase.append(n > 1 ? " " : "").append(fold(t.text()));
                written.append(n > 1 ? " " : "").append(t.text());
                for (Entry e : byPhrase.getOrDefault(phrase.toString(), List.of())) {
                    if ((!e.key().caseSensitive() || e.words().equals(written.toString()))
                            && !everydayWithoutAccents(e.words(), written.toString())) {
                        all.add(new Match(tokens.get(i).start(), t.end(), e.key().id()));
                    }
                }
            }
        }
        all.sort(Comparator.comparingInt((Match m) -> m.start() - m.end()).thenComparingInt(Match::start)
                .thenComparingInt(Match::id));
        boolean[] taken = new boolean[question.length() + 1];
        List<Match> chosen = new ArrayList<>();
        for (Match m : all) {
            boolean free = true;
            for (int c = m.start(); c < m.end() && free; c++) {
                free = !taken[c];
            }
            if (free) {
                for (int c = m.start(); c < m.end(); c++) {
                    taken[c] = true;
                }
                chosen.add(m);
            }
        }
        return chosen;
    }

    /**
     * "male survivors" is no Malé: a name written without its accents that is then an everyday word is that word.
     */
    private static boolean everydayWithoutAccents(String name, String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        return !name.toLowerCase(Locale.ROOT).equals(lower) && LibraryWords.isEverydayWord(lower);
    }

    /**
     * Lower case without accents: how names are compared unless case counts. Letters that are not written as a
     * letter and a mark ("Jørgen", "Łukasz", "Ærø") are spelt as an English keyboard writes them.
     */
    static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 128)) {
            return lower;
        }
        String bare = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        StringBuilder out = new StringBuilder(bare.length());
        bare.codePoints().forEach(c -> out.append(UNMARKED.getOrDefault(c, Character.toString(c))));
        return out.toString();
    }

    private static List<Token> words(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Token(m.group(), m.start(), m.end()));
        }
        return out;
    }

    private record Token(String text, int start, int end) {
    }

    /** A key with its words as written, punctuation between them dropped: what a case-sensitive match compares. */
    private record Entry(Key key, String words) {
    }
}
