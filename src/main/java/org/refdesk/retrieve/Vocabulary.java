package org.refdesk.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a question can use for what the collection holds: its own countries, regions, categories,
 * authors and affiliations, plus everyday place names mapped to them (from {@code places.tsv}).
 * Immutable and thread-safe; rebuilt when the collection changes.
 */
public final class Vocabulary {

    /** The shortest acronym also found in lower case, when it is not an everyday word. */
    private static final int MIN_LOWER_ACRONYM = 3;
    /** The shortest word read as a misspelt place name. */
    private static final int MIN_PLACE_TYPO = 7;
    /** Shortest word read as a place's name with its letters out of order ("Lybia"). */
    private static final int MIN_PLACE_REORDERED = 5;

    private final List<VocabularyEntry> entries;
    private final Map<String, String> docTypes;
    /** Built once per vocabulary, not per question; its ids are positions in {@link #entries}. */
    private final NameIndex names;
    private final Map<String, Pattern> docTypePatterns;
    private final Map<String, String> synonyms;
    private final Map<String, String> demonyms;
    /** Every place name the collection or the place tables know, in lower case, whether or not a record has it. */
    private final Set<String> placeNames;
    /** The place names of one word, in order: the candidates for a misspelt place. */
    private final List<String> onePlaceWords;
    /** The words of the synonym table, in order: the candidates for a misspelt everyday word. */
    private final List<String> synonymWords;

    private Vocabulary(List<VocabularyEntry> entries, Map<String, String> docTypes, Map<String, String> synonyms,
                       Map<String, String> demonyms, Set<String> placeNames) {
        this.entries = List.copyOf(entries);
        this.placeNames = Set.copyOf(placeNames);
        this.onePlaceWords = placeNames.stream().filter(p -> p.indexOf(' ') < 0).sorted().toList();
        this.docTypes = Map.copyOf(docTypes);
        this.synonyms = Map.copyOf(synonyms);
        this.synonymWords = synonyms.keySet().stream().filter(k -> !k.isEmpty()).sorted().toList();
        this.demonyms = Map.copyOf(demonyms);
        List<NameIndex.Key> keys = new ArrayList<>();
        for (int i = 0; i < this.entries.size(); i++) {
            VocabularyEntry e = this.entries.get(i);
            // "hrw", "ilo", "jrf" as people type them; "who", "care" and two letters stay capitals only
            String key = e.key().strip();
            boolean asWritten = e.caseSensitive() && (key.length() < MIN_LOWER_ACRONYM
                    || LibraryWords.isEverydayWord(key));
            keys.add(new NameIndex.Key(e.key(), asWritten, i));
        }
        this.names = new NameIndex(keys);
        Map<String, Pattern> types = new LinkedHashMap<>();
        this.docTypes.keySet().forEach(w -> types.put(w, Pattern.compile("\\b(?:" + Pattern.quote(w) + "s?"
                + (w.endsWith("y") ? "|" + Pattern.quote(plural(w)) : "") + ")\\b")));
        this.docTypePatterns = Map.copyOf(types);
    }

    /** Builds the vocabulary from the collection's facet values ({@code country}, {@code region}, ...). */
    public static Vocabulary of(Map<String, Map<String, Integer>> facetCounts) {
        Set<String> known = new LinkedHashSet<>();
        Map<String, Collection<String>> facetValues = new LinkedHashMap<>();
        facetCounts.forEach((dim, counts) -> facetValues.put(dim, counts.keySet()));
        facetValues.forEach((dim, values) -> values.forEach(v -> known.add(lower(v))));
        List<VocabularyEntry> entries = new ArrayList<>();
        for (String dim : List.of("country", "region")) {
            for (String v : facetValues.getOrDefault(dim, List.of())) {
                entries.add(new VocabularyEntry(lower(v), Mention.Kind.PLACE, v, List.of(v), List.of(v)));
            }
        }
        Map<String, List<String>> placeTable = new LinkedHashMap<>();
        table("places.tsv").forEach(row -> placeTable.put(row[0], List.of(row[1].split(";"))));
        for (Map.Entry<String, List<String>> alias : placeTable.entrySet()) {
            List<String> targets = expanded(alias.getValue(), placeTable, new HashSet<>(Set.of(alias.getKey())));
            List<String> present = targets.stream().filter(t -> known.contains(lower(t))).toList();
            List<String> phrases = new ArrayList<>(List.of(alias.getKey()));
            phrases.addAll(targets.stream().filter(t -> !t.equalsIgnoreCase("Worldwide")).toList());
            entries.add(new VocabularyEntry(alias.getKey(), Mention.Kind.PLACE, title(alias.getKey()), present,
                    phrases));
        }
        for (String v : facetValues.getOrDefault("category", Set.of())) {
            entries.add(new VocabularyEntry(lower(v), Mention.Kind.CATEGORY, v, List.of(v), List.of()));
        }
        List<String> names = new ArrayList<>(facetValues.getOrDefault("author", Set.of()));
        names.addAll(facetValues.getOrDefault("affiliation", Set.of()));
        Set<String> places = new HashSet<>();
        entries.stream().filter(e -> e.kind() == Mention.Kind.PLACE).forEach(e -> places.add(e.key()));
        Map<String, Set<String>> groups = NameForms.groups(names);
        for (Map.Entry<String, Set<String>> e : groups.entrySet()) {
            entries.addAll(NameEntries.of(e.getKey(), e.getValue(), places));
        }
        // a family holds every form of its members: "UNODC" written alone is the UN's as much as its full name
        for (OrganisationFamilies.Family f : OrganisationFamilies.of(names, known)) {
            List<String> members = f.members().stream().flatMap(m -> groups.getOrDefault(m, Set.of(m)).stream())
                    .distinct().sorted().toList();
            entries.add(new VocabularyEntry(f.acronym(), Mention.Kind.ORGANISATION, f.acronym(), members, members,
                    true));
        }
        entries.addAll(NameEntries.impliedAcronyms(entries));
        entries = merged(entries);
        entries.sort(Comparator.comparingInt((VocabularyEntry e) -> -e.key().length()));
        Map<String, String> types = new LinkedHashMap<>();
        table("doctypes.tsv").forEach(row -> types.put(row[0], row[1]));
        Map<String, String> synonyms = new LinkedHashMap<>();
        table("synonyms.tsv").forEach(row -> synonyms.put(row[0], row[1]));
        Map<String, String> demonyms = new LinkedHashMap<>();
        Set<String> placeNames = new HashSet<>();
        table("demonyms.tsv").forEach(row -> {
            demonyms.put(row[0], row[1].replace(';', ' '));
            List.of(row[1].split(";")).forEach(c -> placeNames.add(lower(c)));
        });
        entries.stream().filter(e -> e.kind() == Mention.Kind.PLACE).forEach(e -> {
            placeNames.add(lower(e.key()));
            e.phrases().forEach(ph -> placeNames.add(lower(ph)));
        });
        return new Vocabulary(entries, types, synonyms, demonyms, placeNames);
    }

    /**
     * Names found in the question, longest first, not overlapping; same-label matches merged. Acronyms
     * match only as written ("WHO", never "who").
     */
    List<Mention> mentions(String question) {
        String text = question.strip();
        Map<String, Mention> found = new LinkedHashMap<>();
        for (NameIndex.Match m : names.find(text)) {
            VocabularyEntry e = entries.get(m.id());
            String key = e.kind() + "|" + e.label();
            Mention prev = found.get(key);
            List<String> values = new ArrayList<>(prev == null ? List.of() : prev.values());
            e.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
            found.put(key, new Mention(e.kind(), e.label(), values, e.phrases(), m.start(), m.end()));
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Whether the word names a place the collection or the place tables know ("Maldives"), held by a record or
     * not: a name, never a misspelling of a record's word.
     */
    boolean isPlaceName(String word) {
        return placeNames.contains(lower(word));
    }

    /**
     * The one-word place name at most {@code edits} letters from a word no place is called ("phillipines":
     * philippines), starting with the same letter, the first in the tables' order when several are; empty when none
     * is, and for a word shorter than {@value #MIN_PLACE_TYPO} letters, where an everyday word is as likely ("sedan"
     * is no misspelt Sudan).
     */
    Optional<String> placeNear(String word, int edits) {
        String w = lower(word);
        if (w.length() < MIN_PLACE_TYPO) {
            return Optional.empty();
        }
        return firstNear(onePlaceWords, w, edits);
    }

    /**
     * The one-word place name written with the same letters as the word in another order, first letter kept
     * ("lybia": libya, "keyna": kenya), for a word of {@value #MIN_PLACE_REORDERED} letters or more; empty when none
     * is. Shorter words than {@link #placeNear} allows, as a letter out of order makes no everyday word of a place
     * ("sedan" is a letter off Sudan, not its letters reordered).
     */
    Optional<String> placeReordered(String word) {
        String w = lower(word);
        if (w.length() < MIN_PLACE_REORDERED || placeNames.contains(w)) {
            return Optional.empty();
        }
        String letters = sortedLetters(w);
        return onePlaceWords.stream().filter(p -> p.length() == w.length() && p.charAt(0) == w.charAt(0)
                && sortedLetters(p).equals(letters)).findFirst();
    }

    private static String sortedLetters(String w) {
        char[] c = w.toCharArray();
        Arrays.sort(c);
        return new String(c);
    }

    /**
     * The word of {@code synonyms.tsv} the word is a misspelling of ("choclate": chocolate), at most {@code edits}
     * letters off and with the same first letter, first in alphabetical order; empty when none is.
     */
    Optional<String> synonymWordNear(String word, int edits) {
        return firstNear(synonymWords, lower(word), edits);
    }

    /** The first of the words with the same first letter as {@code w} and at most {@code edits} letters from it. */
    private static Optional<String> firstNear(List<String> words, String w, int edits) {
        return words.stream().filter(p -> p.charAt(0) == w.charAt(0) && Math.abs(p.length() - w.length()) <= edits
                && distance(w, p) <= edits).findFirst();
    }

    /** Edits (a letter added, dropped or changed) from one word to the other. */
    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1),
                        diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }

    /** Words records use for the document types named in the question ("textbook" gives book, text, ...). */
    String docTypeExpansion(String question) {
        String text = lower(question);
        StringBuilder out = new StringBuilder();
        docTypes.forEach((word, expansion) -> {
            if (docTypePatterns.get(word).matcher(text).find()) {
                out.append(' ').append(expansion);
            }
        });
        return out.toString().strip();
    }

    /** The text without document-type words ("toolkit", "papers"): what is left of its topic. */
    String withoutDocTypes(String text) {
        String out = lower(text);
        for (Pattern p : docTypePatterns.values()) {
            out = p.matcher(out).replaceAll(" ");
        }
        return out.replaceAll("\\s+", " ").strip();
    }

    /** The document-type words the text uses, as written there. */
    String docTypes(String text) {
        String lowered = lower(text);
        StringBuilder out = new StringBuilder();
        docTypePatterns.values().forEach(p -> {
            Matcher m = p.matcher(lowered);
            while (m.find()) {
                out.append(' ').append(m.group());
            }
        });
        return out.toString().strip();
    }

    /** Whether the word is a document word in one of the forms {@link #withoutDocTypes} takes out. */
    boolean isDocType(String word) {
        String w = lower(word);
        return docTypePatterns.values().stream().anyMatch(p -> p.matcher(w).matches());
    }

    /** "study": studies; the plural of a document word that ends in y. */
    private static String plural(String word) {
        return word.substring(0, word.length() - 1) + "ies";
    }

    /**
     * Words anti-trafficking reports use for an everyday word ("nurse" gives health care providers), from
     * {@code synonyms.tsv}; empty when there are none.
     */
    String synonymsOf(String word) {
        return synonyms.getOrDefault(lower(word), "");
    }

    /**
     * The countries the question's demonyms stand for ("nigerian women" gives Nigeria, "sri lankan maids" Sri
     * Lanka), from {@code demonyms.tsv}; searched beside the question's words, never a filter.
     */
    String countriesOfDemonyms(String text) {
        String[] words = lower(text).split("[^\\p{L}]+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            String pair = i + 1 < words.length ? demonyms.get(words[i] + " " + words[i + 1]) : null;
            String country = pair != null ? pair : demonyms.get(words[i]);
            if (country != null) {
                out.append(' ').append(country);
                i += pair != null ? 1 : 0;
            }
        }
        return out.toString().strip();
    }

    /**
     * The text without its demonyms ("where armenian victims were taken" gives "where victims were taken"): an
     * earlier question's place, when a follow-up names another ("and Georgia?").
     */
    String withoutDemonyms(String text) {
        String[] words = text.strip().split("\\s+");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = bare(words[i]);
            if (i + 1 < words.length && demonyms.containsKey(word + " " + bare(words[i + 1]))) {
                i++;
            } else if (!demonyms.containsKey(word)) {
                kept.add(words[i]);
            }
        }
        return String.join(" ", kept);
    }

    private static String bare(String word) {
        return lower(word).replaceAll("[^\\p{L}]+", "");
    }

    /** Entries with the same key and kind become one that stands for all their values. */
    private static List<VocabularyEntry> merged(List<VocabularyEntry> entries) {
        Map<String, VocabularyEntry> byKey = new LinkedHashMap<>();
        for (VocabularyEntry e : entries) {
            VocabularyEntry prev = byKey.get(e.kind() + "|" + e.key());
            if (prev == null) {
                byKey.put(e.kind() + "|" + e.key(), e);
            } else {
                LinkedHashSet<String> values = new LinkedHashSet<>(prev.values());
                values.addAll(e.values());
                LinkedHashSet<String> phrases = new LinkedHashSet<>(prev.phrases());
                phrases.addAll(e.phrases());
                byKey.put(e.kind() + "|" + e.key(), new VocabularyEntry(e.key(), e.kind(), prev.label(),
                        List.copyOf(values), List.copyOf(phrases), e.caseSensitive()));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }

    private static String title(String s) {
        StringBuilder out = new StringBuilder();
        for (String w : s.split(" ")) {
            out.append(out.isEmpty() ? "" : " ").append(w.length() <= 3 ? w.toUpperCase(Locale.ROOT)
                    : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return out.toString();
    }

    /** The targets with each "@name" replaced by that name's own targets, in order, once each. */
    private static List<String> expanded(List<String> targets, Map<String, List<String>> table, Set<String> seen) {
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            String ref = t.startsWith("@") ? t.substring(1) : null;
            if (ref == null) {
                out.add(t);
            } else if (table.containsKey(ref) && seen.add(ref)) {
                out.addAll(expanded(table.get(ref), table, seen));
            }
        }
        return out.stream().distinct().toList();
    }

    private static List<String[]> table(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Vocabulary.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t");
                    if (cells.length == 2) {
                        rows.add(new String[] {lower(cells[0]), cells[1].strip()});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
        return rows;
    }
}
