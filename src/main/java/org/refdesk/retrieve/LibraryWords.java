package org.refdesk.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.index.PublicationIndex;

/**
 * Which of a question's words the library uses: words no record contains are told apart from words the
 * records use in another form (a synonym from {@code synonyms.tsv}, a document type, another form of the
 * stem) and, among the absent ones, everyday English words ({@code common-words.txt}) from uncommon ones,
 * which name something the library may not hold. One per question: it remembers the corrections it looked up
 * (a fuzzy walk of the terms) and which words no record uses, which the question's several readings share.
 * Not thread-safe.
 */
final class LibraryWords {

    /** Compiled once: every question's words are checked. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    /** What is left of "they’ve", "we’ll", "you’re", "I’m", "it’d" when a curly apostrophe splits them. */
    private static final Set<String> CONTRACTION_TAILS = Set.of("ve", "ll", "re");
    private static final int MIN_STEMMED = 7;
    /** Other forms of a stem added to a question's search, at most. */
    private static final int STEM_FORMS = 3;
    /** Terms sharing a stem's beginning looked at for its forms, at most. */
    private static final int PREFIXED_TERMS = 30;
    /** The shortest part of a compound word read as two. */
    private static final int MIN_PART = 4;
    /** Shorter words have too many one-letter neighbours to be corrected; longer ones may be two letters off. */
    private static final int MIN_MISSPELT = MIN_STEMMED;
    private static final int LONG_WORD = 8;
    /** Words this long may carry a four-letter suffix ("-ians", "-ists", "-ness"). */
    private static final int LONG_SUFFIXED = 10;
    private static final Set<String> COMMON_WORDS = commonWords();
    private final PublicationIndex index;
    private final Vocabulary vocab;
    private final Map<String, Optional<String>> corrections = new HashMap<>();
    private final Map<String, Boolean> absentWords = new HashMap<>();

    LibraryWords(PublicationIndex index, Vocabulary vocab) {
        this.index = Objects.requireNonNull(index, "index");
        this.vocab = Objects.requireNonNull(vocab, "vocab");
    }

    /**
     * Question words (as the asker wrote them) none of whose analysed terms occurs in any record, known
     * neither by a synonym, a document type nor another form of their stem: the uncommon ones by name, the
     * everyday ones (which a library may simply not use) by count.
     */
    Absent absent(String topicWords) {
        List<String> words = new ArrayList<>();
        for (String word : SPACES.split(topicWords)) {
            if (!word.isBlank() && !DIGITS.matcher(word).matches()) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return new Absent(List.of(), 0);
        }
        Map<String, Integer> df = index.search().termStats(index.analyzer().terms(String.join(" ", words)))
                .docFreq();
        List<String> unknown = new ArrayList<>();
        Set<String> common = new HashSet<>();
        for (String word : words) {
            String w = QueryUnderstanding.POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT)).replaceFirst("");
            List<String> terms = index.analyzer().terms(word);
            if (!terms.isEmpty() && (word.length() > 2 || twoLetterName(word))
                    && terms.stream().allMatch(t -> df.getOrDefault(t, 0) == 0)
                    && !knownBySynonym(word) && !knownDemonym(word) && !vocab.isDocType(word)
                    && !knownStem(word)
                    && compoundParts(word).isEmpty() && correction(word).isEmpty()) {
                if (COMMON_WORDS.contains(w) || everydayAdverb(w)) {
                    common.add(w);
                } else if (!unknown.contains(w)) {
                    unknown.add(w);
                }
            }
        }
        return new Absent(unknown, common.size());
    }

    /**
     * The text with each misspelt word that is corrected to a place of the collection written as that place
     * ("what do we have on Lebannon": Lebanon), so the place is read as a place; other words as they were.
     */
    String withPlacesSpelt(String text) {
        return corrected(text, this::placeSpelt);
    }

    /** The place a word no record uses misspells, if any; a shorter word only with the place's letters reordered. */
    private Optional<String> placeSpelt(String word) {
        if (word.length() < MIN_MISSPELT) {
            // "Lybia": one letter off a short place's name is as likely an everyday word ("sedan"); reordered, not
            return vocab.placeReordered(word).filter(p -> !isEverydayWord(word) && inNoRecord(word));
        }
        // "Phillipines" is nearer the place's name than any record's stem of it
        return inNoRecord(word) ? correction(word).filter(this::namesPlace)
                .or(() -> vocab.placeNear(word, allowedEdits(word))) : Optional.empty();
    }

    /**
     * The text with each misspelt word replaced by the records' term it is a letter or two from ("a critcal look":
     * critical), so the search weighs the word meant at full weight; for searching only, as the term may be a stem.
     */
    String withCorrections(String text) {
        return corrected(text, w -> w.length() < MIN_MISSPELT || !inNoRecord(w) ? Optional.empty() : correction(w));
    }

    /** The text with each word replaced by what {@code correcting} gives for it, if anything. */
    private String corrected(String text, Function<String, Optional<String>> correcting) {
        Matcher m = LETTERS.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String word = m.group();
            out.append(text, last, m.start()).append(correcting.apply(word).orElse(word));
            last = m.end();
        }
        return out.append(text.substring(last)).toString();
    }

    private boolean namesPlace(String word) {
        return vocab.mentions(word).stream()
                .anyMatch(p -> p.kind() == Mention.Kind.PLACE && p.start() == 0 && p.end() == word.length());
    }

    /**
     * "au pairs", "RA 9208", "a GP": a word of two letters that is not the tail of a contraction ("they’ve") names
     * something (an acronym, a word of another language) as much as a longer one does.
     */
    private static boolean twoLetterName(String word) {
        return word.length() == 2 && LETTERS.matcher(word).matches() && !CONTRACTION_TAILS.contains(
                word.toLowerCase(Locale.ROOT));
    }

    /** "ideally", "happily": an adverb made of an everyday word is an everyday word too. */
    private static boolean everydayAdverb(String w) {
        if (!w.endsWith("ly") || w.length() < 5) {
            return false;
        }
        String stem = w.substring(0, w.length() - 2);
        return COMMON_WORDS.contains(stem) || stem.endsWith("i") && COMMON_WORDS.contains(stem.replaceAll("i$", "y"));
    }

    /** Whether a word is an everyday English word ({@code common-words.txt}), in any case. */
    static boolean isEverydayWord(String word) {
        return COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words of a question that no record uses: uncommon ones by name, everyday ones by count. */
    record Absent(List<String> unknown, int common) {
    }

    /**
     * The records' words for question words the records themselves never use: their synonyms, else the other
     * forms of their stem the records do use ("environment": environmental).
     */
    String synonymsOfUnknown(String topicWords) {
        StringBuilder out = new StringBuilder();
        for (String word : topicWords.split("\\s+")) {
            String synonyms = vocab.synonymsOf(word);
            boolean stemmed = synonyms.isEmpty() && word.length() >= MIN_STEMMED;
            // only words that may have another form are looked up in the index (this runs for every question);
            // a correction or a compound needs a word at least as long as a stem lookup does
            if (synonyms.isEmpty() && !stemmed || !inNoRecord(word)) {
                continue;
            }
            Optional<String> corrected = correction(word);
            String parts = corrected.isPresent() ? "" : compoundParts(word);
            if (corrected.isPresent()) {
                out.append(' ').append(corrected.get());
            } else if (!parts.isEmpty()) {
                out.append(' ').append(parts);
                for (String part : parts.split(" ")) {
                    out.append(' ').append(vocab.synonymsOf(part));
                }
            } else if (stemmed) {
                stemForms(word).forEach(t -> out.append(' ').append(t));
            } else {
                out.append(' ').append(synonyms);
            }
        }
        return out.toString().strip();
    }

    /**
     * "housemaids", "farmworkers": a word the records do not use, written as two words they use (or have
     * synonyms for), each at least four letters; the two words, or "" when it is not one.
     */
    private String compoundParts(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        // an everyday word ("leadership") is a word of its own, not two run together
        if (w.length() < 2 * MIN_PART || !w.chars().allMatch(Character::isLetter) || COMMON_WORDS.contains(w)) {
            return "";
        }
        for (int i = MIN_PART; i <= w.length() - MIN_PART; i++) {
            String head = w.substring(0, i);
            String tail = w.substring(i);
            if (usable(head) && usable(tail)) {
                return head + " " + tail;
            }
        }
        return "";
    }

    /**
     * "critcal", "traficking", "siddarth", "unacompanied": a word of seven letters or more that no record uses and
     * is no everyday word, one letter (two in a word of eight or more) from a term the records use; that term, or
     * the records' words for the synonym-table word it misspells, or empty.
     */
    private Optional<String> correction(String word) {
        return corrections.computeIfAbsent(word.toLowerCase(Locale.ROOT), this::lookUpCorrection);
    }

    /** How many letters a misspelling may be off: two in a word of {@value #LONG_WORD} letters or more, else one. */
    private static int allowedEdits(String word) {
        return word.length() >= LONG_WORD ? 2 : 1;
    }

    private Optional<String> lookUpCorrection(String w) {
        // a word whose synonym the records use is a word, not a misspelling ("helpline" is no "helping")
        if (w.length() < MIN_MISSPELT || COMMON_WORDS.contains(w) || !w.chars().allMatch(Character::isLetter)
                || vocab.isPlaceName(w) || knownBySynonym(w)) {
            return Optional.empty();
        }
        List<String> terms = index.analyzer().terms(w);
        if (terms.size() != 1) {
            return Optional.empty();
        }
        int edits = allowedEdits(w);
        // the stemmer keeps a word it knows whole and cuts one it does not ("unaccompanied" stays, "unacompanied"
        // becomes "unacompany"), so a misspelling may be near the record's word only as written
        Optional<String> nearStem = index.search().nearestTerm(terms.get(0), edits);
        Optional<String> near = nearStem.isPresent() || terms.get(0).equals(w) ? nearStem
                : index.search().nearestTerm(w, edits);
        // the stemmer shortens the word meant ("referral": refer), far from the misspelling ("refferal"): the records'
        // words as written; and a misspelt everyday word the records write otherwise ("choclate": cocoa), in the
        // records' words
        return near.or(() -> index.search().nearestWrittenWord(w, edits))
                .or(() -> vocab.synonymWordNear(w, edits).filter(this::knownBySynonym).map(vocab::synonymsOf));
    }

    /** A word some record contains, or one with a synonym the records use. */
    private boolean usable(String part) {
        return !inNoRecord(part) && !index.analyzer().terms(part).isEmpty() || knownBySynonym(part);
    }

    /**
     * True when the word has analysed terms and no record contains any of them; remembered, as the place spelling,
     * the search correction and the synonyms each ask of the same long words.
     */
    private boolean inNoRecord(String word) {
        return absentWords.computeIfAbsent(word, this::lookUpInNoRecord);
    }

    private boolean lookUpInNoRecord(String word) {
        List<String> terms = index.analyzer().terms(word);
        return !terms.isEmpty() && index.search().termStats(terms).docFreq().values().stream().allMatch(df -> df == 0);
    }

    /**
     * A longer word whose stem the records use in another form ("migrating": migration, migrants): all but
     * its last three letters, at least five, begin a term of the index.
     */
    private boolean knownStem(String word) {
        return word.length() >= MIN_STEMMED && !stemForms(word).isEmpty();
    }

    /**
     * Up to {@link #STEM_FORMS} terms of the records that begin as the word does and are forms of it: "election"
     * begins as "electronic" does, but is not a form of it.
     */
    private List<String> stemForms(String word) {
        return index.search().termsStartingWith(stemPrefix(word), PREFIXED_TERMS).stream()
                .filter(t -> WordFamily.related(word, t)).limit(STEM_FORMS).toList();
    }

    /**
     * All but a word's last three letters (four from a word of ten or more: "statisticians", "criminologists"),
     * at least five: what its other forms share.
     */
    private static String stemPrefix(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.substring(0, Math.max(5, w.length() - (w.length() >= LONG_SUFFIXED ? 4 : 3)));
    }

    /** "Nepali" where the records write only "Nepal": a demonym of a country the library has is known. */
    private boolean knownDemonym(String word) {
        return someRecordUses(vocab.countriesOfDemonyms(word));
    }

    /** A word the records do not use, but whose everyday synonyms they do ("nurse": health care providers). */
    private boolean knownBySynonym(String word) {
        return someRecordUses(vocab.synonymsOf(word));
    }

    /** Whether some record holds one of the analysed terms of {@code text} (false for no text). */
    private boolean someRecordUses(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return index.search().termStats(index.analyzer().terms(text)).docFreq().values().stream()
                .anyMatch(df -> df > 0);
    }

    private static Set<String> commonWords() {
        try (InputStream in = LibraryWords.class.getResourceAsStream("common-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource common-words.txt is missing from the build");
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines().filter(l -> !l.startsWith("#")).forEach(l -> words.addAll(List.of(l.strip()
                    .split("\\s+"))));
            words.remove("");
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read common-words.txt", e);
        }
    }
}
