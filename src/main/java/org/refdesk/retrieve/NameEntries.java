package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The ways a question can name the collection's authors and organisations, as {@link Vocabulary} entries: the
 * forms the records write, a person's initial-and-surname forms, an organisation without "Foundation",
 * "International" or its office's place, and its initials when the records never write them. Stateless.
 */
final class NameEntries {

    /** Closing words an organisation is often named without, with the words that must be left. */
    private static final Map<String, Integer> CLOSING_WORDS = Map.of(" international", 1, " university", 2,
            " in persons", 4, " in human beings", 4);
    private static final Set<String> NOT_SURNAMES = Set.of("report", "study", "human", "trafficking", "migration",
            "international", "organization", "organisation", "foundation", "edited", "united", "nations");

    private NameEntries() {
    }

    /**
     * "the SPLC" for the Southern Poverty Law Center when the records never write the acronym: an organisation's
     * initials, in capitals only, when no other name or key of the collection has the same ones.
     */
    static List<VocabularyEntry> impliedAcronyms(List<VocabularyEntry> entries) {
        Set<String> written = new HashSet<>();
        Set<String> labelsWithAcronym = new HashSet<>();
        entries.forEach(e -> {
            written.add(e.key().toUpperCase(Locale.ROOT));
            if (e.caseSensitive()) {
                labelsWithAcronym.add(e.label());
            }
        });
        Map<String, List<VocabularyEntry>> byAcronym = new LinkedHashMap<>();
        Set<String> labels = new HashSet<>();
        for (VocabularyEntry e : entries) {
            if (e.kind() == Mention.Kind.ORGANISATION && !labelsWithAcronym.contains(e.label())
                    && labels.add(e.label())) {
                String acronym = NameForms.acronymOf(e.label());
                if (!acronym.isEmpty() && !written.contains(acronym)) {
                    byAcronym.computeIfAbsent(acronym, a -> new ArrayList<>()).add(e);
                }
            }
        }
        List<VocabularyEntry> out = new ArrayList<>();
        byAcronym.forEach((acronym, named) -> {
            if (named.size() == 1) {
                VocabularyEntry e = named.get(0);
                out.add(new VocabularyEntry(acronym, e.kind(), e.label(), e.values(), e.phrases(), true));
            }
        });
        return out;
    }

    /**
     * The ways a question can name one author or affiliation: each of its group's forms as written in the
     * records (acronyms only in capitals), the group's "C. Zimmerman" and "Zimmerman, C." forms, and a
     * person's surname; every key stands for every form of the group.
     */
    static List<VocabularyEntry> of(String name, Set<String> group, Set<String> places) {
        List<String> values = group.stream().sorted().toList();
        // a name closing with a place of several words is an organisation's office ("Greenpeace Southeast Asia")
        boolean organisation = group.stream().anyMatch(v -> NameForms.isOrganisation(v) || places.stream()
                .anyMatch(place -> place.contains(" ") && lower(v).endsWith(" " + place)));
        Mention.Kind kind = organisation ? Mention.Kind.ORGANISATION : Mention.Kind.PERSON;
        String label = group.stream().filter(v -> !NameForms.isAcronym(v) && !v.contains(","))
                .max(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder())).orElse(name);
        List<String> phrases = organisation ? values : List.of();
        List<VocabularyEntry> out = new ArrayList<>();
        if (NameForms.isAcronym(name)) {
            out.add(new VocabularyEntry(name.strip(), kind, label, values, phrases, true));
            return out;
        }
        out.add(new VocabularyEntry(lower(name), kind, label, values, phrases));
        if (organisation) {
            String key = NameForms.organisationKey(name);
            out.add(new VocabularyEntry(key, kind, label, values, phrases));
            // "Amnesty International", "Sheffield Hallam University", "… Group against Trafficking in Persons
            // (ICAT)": also known without the closing words ("Oxford University" is not "Oxford": a university keeps
            // two words)
            String bare = NameForms.organisationKey(NameForms.withoutAffiliation(name));
            CLOSING_WORDS.forEach((closing, words) -> {
                String rest = bare.endsWith(closing) ? bare.substring(0, bare.length() - closing.length()) : "";
                if (rest.length() > 3 && rest.split(" ").length >= words) {
                    out.add(new VocabularyEntry(rest, kind, label, values, phrases));
                }
            });
            // "OSCE Office for Democratic Institutions and Human Rights": also known without the parent's acronym
            String[] written = name.strip().split("\\s+");
            if (written.length > 3 && NameForms.isAcronym(written[0])) {
                out.add(new VocabularyEntry(key.substring(key.indexOf(' ') + 1), kind, label, values, phrases));
            }
            // "Greenpeace Southeast Asia", "La Strada Moldova": also known without the office's place
            places.stream().filter(place -> key.endsWith(" " + place) && key.length() > place.length() + 4)
                    .max(Comparator.comparingInt(String::length))
                    .ifPresent(place -> out.add(new VocabularyEntry(
                            key.substring(0, key.length() - place.length() - 1), kind, label, values, phrases)));
            return out;
        }
        NameForms.person(name).ifPresent(p -> {
            String given = lower(name.strip().split("[\\s,]+")[0]);
            if (!name.contains(",") && given.length() > 1 && !given.endsWith(".")) {
                out.add(new VocabularyEntry(given + " " + p.surname(), kind, label, values, phrases));
            }
            out.add(new VocabularyEntry(p.initial() + ". " + p.surname(), kind, label, values, phrases));
            // "Laura Cordisco Tsai" is also "L. Cordisco Tsai", "Cordisco Tsai" and "Cordisco Tsai, L.": the middle
            // word may be part of the surname
            String[] words = lower(name).split("\\s+");
            if (!name.contains(",") && words.length == 3 && words[1].length() > 2 && !words[1].endsWith(".")) {
                String compound = words[1] + " " + words[2];
                out.add(new VocabularyEntry(p.initial() + ". " + compound, kind, label, values, phrases));
                out.add(new VocabularyEntry(compound, kind, label, values, phrases));
                out.add(new VocabularyEntry(compound + ", " + p.initial() + ".", kind, label, values, phrases));
            }
            out.add(new VocabularyEntry(p.surname() + ", " + p.initial() + ".", kind, label, values, phrases));
            String surname = surname(name);
            if (surname != null) {
                out.add(new VocabularyEntry(surname, kind, label, values, phrases));
            }
        });
        return out;
    }

    /** "Alison Jobe" gives jobe; "Zimmerman, C. et al." gives zimmerman; short or common words give nothing. */
    private static String surname(String name) {
        String base = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
        String[] words = base.strip().split("\\s+");
        String last = lower(name.contains(",") ? words[0] : words[words.length - 1]).replaceAll("[^\\p{L}-]", "");
        // "Rice" or "Young" alone would be read in every question that uses the word
        return last.length() >= 4 && !NOT_SURNAMES.contains(last) && !lower(name).equals(last)
                && !LibraryWords.isEverydayWord(last) ? last : null;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).strip();
    }
}
