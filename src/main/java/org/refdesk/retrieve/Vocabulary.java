package org.refdesk.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a question can use for what the collection holds: its own countries, regions, categories,
 * authors and affiliations, plus everyday place names mapped to them (from {@code places.tsv}).
 * Immutable and thread-safe; rebuilt when the collection changes.
 */
public final class Vocabulary {

    private static final Set<String> NOT_SURNAMES = Set.of("report", "study", "human", "trafficking", "migration",
            "international", "organization", "organisation", "foundation", "edited", "united", "nations");
    private final List<Entry> entries;
    private final Map<String, String> docTypes;
    /** Built once per vocabulary, not per question; its ids are positions in {@link #entries}. */
    private final NameIndex names;
    private final Map<String, Pattern> docTypePatterns;
    private final Map<String, String> synonyms;

    private Vocabulary(List<Entry> entries, Map<String, String> docTypes, Map<String, String> synonyms) {
        this.entries = List.copyOf(entries);
        this.docTypes = Map.copyOf(docTypes);
        this.synonyms = Map.copyOf(synonyms);
        List<NameIndex.Key> keys = new ArrayList<>();
        for (int i = 0; i < this.entries.size(); i++) {
            keys.add(new NameIndex.Key(this.entries.get(i).key(), this.entries.get(i).caseSensitive(), i));
        }
        this.names = new NameIndex(keys);
        Map<String, Pattern> types = new LinkedHashMap<>();
        this.docTypes.keySet().forEach(w -> types.put(w, Pattern.compile("\\b" + Pattern.quote(w) + "s?\\b")));
        this.docTypePatterns = Map.copyOf(types);
    }

    /** Builds the vocabulary from the collection's facet values ({@code country}, {@code region}, ...). */
    public static Vocabulary of(Map<String, Map<String, Integer>> facetCounts) {
        Set<String> known = new LinkedHashSet<>();
        Map<String, Collection<String>> facetValues = new LinkedHashMap<>();
        facetCounts.forEach((dim, counts) -> facetValues.put(dim, counts.keySet()));
        facetValues.forEach((dim, values) -> values.forEach(v -> known.add(lower(v))));
        List<Entry> entries = new ArrayList<>();
        for (String dim : List.of("country", "region")) {
            for (String v : facetValues.getOrDefault(dim, List.of())) {
                entries.add(new Entry(lower(v), Mention.Kind.PLACE, v, List.of(v), List.of(v)));
            }
        }
        for (String[] alias : table("places.tsv")) {
            List<String> targets = List.of(alias[1].split(";"));
            List<String> present = targets.stream().filter(t -> known.contains(lower(t))).toList();
            List<String> phrases = new ArrayList<>(List.of(alias[0]));
            phrases.addAll(targets.stream().filter(t -> !t.equalsIgnoreCase("Worldwide")).toList());
            entries.add(new Entry(alias[0], Mention.Kind.PLACE, title(alias[0]), present, phrases));
        }
        for (String v : facetValues.getOrDefault("category", Set.of())) {
            entries.add(new Entry(lower(v), Mention.Kind.CATEGORY, v, List.of(v), List.of()));
        }
        List<String> names = new ArrayList<>(facetValues.getOrDefault("author", Set.of()));
        names.addAll(facetValues.getOrDefault("affiliation", Set.of()));
        Set<String> places = new HashSet<>();
        entries.stream().filter(e -> e.kind() == Mention.Kind.PLACE).forEach(e -> places.add(e.key()));
        for (Map.Entry<String, Set<String>> e : NameForms.groups(names).entrySet()) {
            entries.addAll(nameEntries(e.getKey(), e.getValue(), places));
        }
        entries.addAll(OrganisationFamilies.of(names, known).stream().map(f -> new Entry(f.acronym(),
                Mention.Kind.ORGANISATION, f.acronym(), f.members(), f.members(), true)).toList());
        entries.addAll(impliedAcronyms(entries));
        entries = merged(entries);
        entries.sort(Comparator.comparingInt((Entry e) -> -e.key().length()));
        Map<String, String> types = new LinkedHashMap<>();
        table("doctypes.tsv").forEach(row -> types.put(row[0], row[1]));
        Map<String, String> synonyms = new LinkedHashMap<>();
        table("synonyms.tsv").forEach(row -> synonyms.put(row[0], row[1]));
        return new Vocabulary(entries, types, synonyms);
    }

    /**
     * Names found in the question, longest first, not overlapping; same-label matches merged. Acronyms
     * match only as written ("WHO", never "who").
     */
    List<Mention> mentions(String question) {
        String text = question.strip();
        Map<String, Mention> found = new LinkedHashMap<>();
        for (NameIndex.Match m : names.find(text)) {
            Entry e = entries.get(m.id());
            String key = e.kind() + "|" + e.label();
            Mention prev = found.get(key);
            List<String> values = new ArrayList<>(prev == null ? List.of() : prev.values());
            e.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
            found.put(key, new Mention(e.kind(), e.label(), values, e.phrases(), m.start(), m.end()));
        }
        return new ArrayList<>(found.values());
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

    boolean isDocType(String word) {
        String w = lower(word);
        return docTypes.containsKey(w) || w.endsWith("s") && docTypes.containsKey(w.substring(0, w.length() - 1));
    }

    /**
     * Words anti-trafficking reports use for an everyday word ("nurse" gives health care providers), from
     * {@code synonyms.tsv}; empty when there are none.
     */
    String synonymsOf(String word) {
        return synonyms.getOrDefault(lower(word), "");
    }

    /** Entries with the same key and kind become one that stands for all their values. */
    private static List<Entry> merged(List<Entry> entries) {
        Map<String, Entry> byKey = new LinkedHashMap<>();
        for (Entry e : entries) {
            Entry prev = byKey.get(e.kind() + "|" + e.key());
            if (prev == null) {
                byKey.put(e.kind() + "|" + e.key(), e);
            } else {
                LinkedHashSet<String> values = new LinkedHashSet<>(prev.values());
                values.addAll(e.values());
                LinkedHashSet<String> phrases = new LinkedHashSet<>(prev.phrases());
                phrases.addAll(e.phrases());
                byKey.put(e.kind() + "|" + e.key(), new Entry(e.key(), e.kind(), prev.label(), List.copyOf(values),
                        List.copyOf(phrases), e.caseSensitive()));
            }
        }
        return new ArrayList<>(byKey.values());
    }

    /**
     * "the SPLC" for the Southern Poverty Law Center when the records never write the acronym: an organisation's
     * initials, in capitals only, when no other name or key of the collection has the same ones.
     */
    private static List<Entry> impliedAcronyms(List<Entry> entries) {
        Set<String> written = new HashSet<>();
        Set<String> labelsWithAcronym = new HashSet<>();
        entries.forEach(e -> {
            written.add(e.key().toUpperCase(Locale.ROOT));
            if (e.caseSensitive()) {
                labelsWithAcronym.add(e.label());
            }
        });
        Map<String, List<Entry>> byAcronym = new LinkedHashMap<>();
        Set<String> labels = new HashSet<>();
        for (Entry e : entries) {
            if (e.kind() == Mention.Kind.ORGANISATION && !labelsWithAcronym.contains(e.label()) && labels.add(e.label())) {
                String acronym = NameForms.acronymOf(e.label());
                if (!acronym.isEmpty() && !written.contains(acronym)) {
                    byAcronym.computeIfAbsent(acronym, a -> new ArrayList<>()).add(e);
                }
            }
        }
        List<Entry> out = new ArrayList<>();
        byAcronym.forEach((acronym, named) -> {
            if (named.size() == 1) {
                Entry e = named.get(0);
                out.add(new Entry(acronym, e.kind(), e.label(), e.values(), e.phrases(), true));
            }
        });
        return out;
    }

    /**
     * The ways a question can name one author or affiliation: each of its group's forms as written in the
     * records (acronyms only in capitals), the group's "C. Zimmerman" and "Zimmerman, C." forms, and a
     * person's surname; every key stands for every form of the group.
     */
    private static List<Entry> nameEntries(String name, Set<String> group, Set<String> places) {
        List<String> values = group.stream().sorted().toList();
        // a name closing with a place of several words is an organisation's office ("Greenpeace Southeast Asia")
        boolean organisation = group.stream().anyMatch(v -> NameForms.isOrganisation(v) || places.stream()
                .anyMatch(place -> place.contains(" ") && lower(v).endsWith(" " + place)));
        Mention.Kind kind = organisation ? Mention.Kind.ORGANISATION : Mention.Kind.PERSON;
        String label = group.stream().filter(v -> !NameForms.isAcronym(v) && !v.contains(","))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(name);
        List<String> phrases = organisation ? values : List.of();
        List<Entry> out = new ArrayList<>();
        if (NameForms.isAcronym(name)) {
            out.add(new Entry(name.strip(), kind, label, values, phrases, true));
            return out;
        }
        out.add(new Entry(lower(name), kind, label, values, phrases));
        if (organisation) {
            String key = NameForms.organisationKey(name);
            out.add(new Entry(key, kind, label, values, phrases));
            // "Amnesty International", "La Strada International": also known without the closing word
            if (key.endsWith(" international") && key.length() > " international".length() + 3) {
                out.add(new Entry(key.substring(0, key.length() - " international".length()), kind, label, values,
                        phrases));
            }
            // "Greenpeace Southeast Asia", "La Strada Moldova": also known without the office's place
            places.stream().filter(place -> key.endsWith(" " + place) && key.length() > place.length() + 4)
                    .max(Comparator.comparingInt(String::length))
                    .ifPresent(place -> out.add(new Entry(key.substring(0, key.length() - place.length() - 1), kind,
                            label, values, phrases)));
            return out;
        }
        NameForms.person(name).ifPresent(p -> {
            String given = lower(name.strip().split("[\\s,]+")[0]);
            if (!name.contains(",") && given.length() > 1 && !given.endsWith(".")) {
                out.add(new Entry(given + " " + p.surname(), kind, label, values, phrases));
            }
            out.add(new Entry(p.initial() + ". " + p.surname(), kind, label, values, phrases));
            // "Laura Cordisco Tsai" is also "L. Cordisco Tsai" and "Cordisco Tsai": the middle word may be part
            // of the surname
            String[] words = lower(name).split("\\s+");
            if (!name.contains(",") && words.length == 3 && words[1].length() > 2 && !words[1].endsWith(".")) {
                String compound = words[1] + " " + words[2];
                out.add(new Entry(p.initial() + ". " + compound, kind, label, values, phrases));
                out.add(new Entry(compound, kind, label, values, phrases));
            }
            out.add(new Entry(p.surname() + ", " + p.initial() + ".", kind, label, values, phrases));
            String surname = surname(name);
            if (surname != null) {
                out.add(new Entry(surname, kind, label, values, phrases));
            }
        });
        return out;
    }

    /** "Alison Jobe" gives jobe; "Zimmerman, C. et al." gives zimmerman; short or common words give nothing. */
    private static String surname(String name) {
        String base = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
        String[] words = base.strip().split("\\s+");
        String last = lower(name.contains(",") ? words[0] : words[words.length - 1]).replaceAll("[^\\p{L}-]", "");
        return last.length() >= 4 && !NOT_SURNAMES.contains(last) && !lower(name).equals(last) ? last : null;
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

    /** {@code caseSensitive}: the key is an acronym and matches only as written. */
    private record Entry(String key, Mention.Kind kind, String label, List<String> values, List<String> phrases,
                         boolean caseSensitive) {
        Entry(String key, Mention.Kind kind, String label, List<String> values, List<String> phrases) {
            this(key, kind, label, values, phrases, false);
        }
    }
}
