package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Organisations known by a parent's acronym: "OSCE Office for Democratic Institutions and Human Rights",
 * "OSCE/ODIHR" and "Office of the OSCE Special Representative…" are all OSCE, so "OSCE publications" finds
 * every one of them; "United Nations Office on Drugs and Crime" and "United Nations Children's Fund" are both the
 * UN. An acronym makes a family when at least two of the collection's names carry it as a word
 * and it is not also a place or category of the collection. Stateless.
 */
final class OrganisationFamilies {

    private static final Pattern ACRONYM = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{Lu}{3,}(?![\\p{L}\\p{N}-])");
    /** A name's first two words, both capitalised, before more words: a parent when names share them. */
    private static final Pattern PARENT = Pattern.compile("^(\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+) \\S");
    /** "Office of the United Nations High Commissioner…": an office of a parent named after "of the". */
    private static final Pattern PARENT_AFTER_OF =
            Pattern.compile("^\\p{Lu}\\p{Ll}+ of the (\\p{Lu}\\p{Ll}+ \\p{Lu}\\p{Ll}+) \\S");
    private static final int MIN_MEMBERS = 2;

    private OrganisationFamilies() {
    }

    /** One acronym and the names that carry it. */
    record Family(String acronym, List<String> members) {
        Family {
            members = List.copyOf(members);
        }
    }

    /** {@code names}: authors and affiliations as written; {@code otherKeys}: lower-case places and categories. */
    static List<Family> of(Collection<String> names, Set<String> otherKeys) {
        Map<String, Set<String>> byAcronym = new TreeMap<>();
        Map<String, Set<String>> byParent = new TreeMap<>();
        for (String name : names) {
            Matcher m = ACRONYM.matcher(name);
            while (m.find()) {
                byAcronym.computeIfAbsent(m.group(), a -> new TreeSet<>()).add(name);
            }
            for (Pattern form : List.of(PARENT, PARENT_AFTER_OF)) {
                Matcher parent = form.matcher(name);
                if (parent.find()) {
                    byParent.computeIfAbsent(parent.group(1), p -> new TreeSet<>()).add(name);
                }
            }
        }
        // "United Nations Office on Drugs and Crime", "United Nations Children's Fund": the UN
        byParent.forEach((parent, members) -> {
            if (members.size() >= MIN_MEMBERS) {
                String initials = Arrays.stream(parent.split(" ")).map(w -> w.substring(0, 1))
                        .collect(Collectors.joining());
                byAcronym.computeIfAbsent(initials, a -> new TreeSet<>()).addAll(members);
            }
        });
        List<Family> out = new ArrayList<>();
        byAcronym.forEach((acronym, members) -> {
            if (members.size() >= MIN_MEMBERS && !otherKeys.contains(acronym.toLowerCase(Locale.ROOT))) {
                out.add(new Family(acronym, List.copyOf(members)));
            }
        });
        return out;
    }
}
