package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Collection;
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
 * Which author and affiliation values of a collection name the same person or organisation: "Cathy
 * Zimmerman", "C. Zimmerman" and "Zimmerman, C." (same surname and first initial); "International Labour
 * Organization" and "ILO" (an acronym of the name's initials); "Walk Free Foundation" and "Walk Free"; "U.S.
 * Department of State" and "U.S. Department of State, Office to Monitor…" (an office after its parent).
 * Learned from the collection's own values only. Stateless and thread-safe.
 */
final class NameForms {

    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Za-z0-9&-]{1,9}");
    private static final Pattern AFFILIATION = Pattern.compile("\\s*\\([^()]*\\)$");
    private static final Pattern ET_AL = Pattern.compile("(?i)\\s*,?\\s*\\bet\\.?\\s+al\\.?\\s*$");
    private static final Pattern SURNAME_FIRST = Pattern.compile("^([\\p{L}'-]+(?: [\\p{L}'-]+)?),\\s*(\\p{L})");
    private static final Pattern GIVEN_FIRST =
            Pattern.compile("^(\\p{L})[\\p{L}.]*(?:[\\s.]+\\p{L}[\\p{L}]*\\.?)*?\\s+([\\p{L}'-]+)$");
    private static final Set<String> SMALL_WORDS = Set.of("of", "for", "on", "and", "the", "in", "against", "to", "&",
            "at", "de", "la", "du");
    /** Words that join an organisation's name and never a person's ("Tech Against Trafficking"). */
    private static final Set<String> JOINING_WORDS = Set.of("against", "for", "of", "the", "on", "to", "without");
    private static final Pattern COUNTRY_QUALIFIER = Pattern.compile("^(uk|u k|us|u s|usa) ");
    private static final Set<String> ORGANISATION_WORDS = Set.of("organization", "organisation", "office", "foundation",
            "department", "international", "agency", "watch", "group", "council", "commission", "institute",
            "university", "centre", "center", "programme", "program", "bureau", "ministry", "network", "coalition",
            "fund", "nations", "association", "society", "unit", "service", "services", "alliance", "union", "trust",
            "school", "project", "partnership", "initiative", "collaborative", "campaign", "forum", "police",
            "government", "committee", "secretariat", "europol", "frontex", "unicef", "unhcr", "polaris", "free",
            "rights", "labour", "labor", "statistics", "bank", "news", "research", "policy", "home", "state");

    private NameForms() {
    }

    /**
     * Each value's group: the values that name the same person or organisation (itself included). Linear
     * in the number of values: values meet through keys (surname and initial, organisation name, initials).
     */
    static Map<String, Set<String>> groups(Collection<String> values) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(values));
        int[] parent = new int[all.size()];
        Map<String, Integer> firstByKey = new LinkedHashMap<>();
        Set<String> acronyms = new LinkedHashSet<>();
        for (int i = 0; i < all.size(); i++) {
            parent[i] = i;
            if (isAcronym(all.get(i))) {
                acronyms.add(all.get(i).strip().toUpperCase(Locale.ROOT));
            }
        }
        for (int i = 0; i < all.size(); i++) {
            String v = all.get(i);
            Optional<Person> p = person(v);
            List<String> keys = new ArrayList<>();
            if (p.isPresent()) {
                keys.add("p|" + p.get().surname() + "|" + p.get().initial());
            } else {
                keys.add("o|" + organisationKey(v));
                keys.add(parentKey(v));
                keys.add(isAcronym(v) ? "a|" + v.strip().toUpperCase(Locale.ROOT) : "");
                initials(v).stream().filter(acronyms::contains).forEach(in -> keys.add("a|" + in));
            }
            for (String key : keys) {
                if (key.isEmpty()) {
                    continue;
                }
                Integer first = firstByKey.putIfAbsent(key, i);
                if (first != null) {
                    parent[find(parent, i)] = find(parent, first);
                }
            }
        }
        Map<Integer, Set<String>> byRoot = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            byRoot.computeIfAbsent(find(parent, i), k -> new LinkedHashSet<>()).add(all.get(i));
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        byRoot.values().forEach(group -> group.forEach(v -> out.put(v, Set.copyOf(group))));
        return out;
    }

    static boolean isAcronym(String value) {
        String v = value.strip();
        return ACRONYM.matcher(v).matches() && v.chars().filter(Character::isUpperCase).count() >= 2
                && v.chars().filter(Character::isUpperCase).count() * 2 > v.chars().filter(Character::isLetter).count();
    }

    static boolean isOrganisation(String value) {
        if (isAcronym(value)) {
            return true;
        }
        String name = withoutAffiliation(value);
        if (!name.equals(value.strip())) {
            // "Laura Murphy (Sheffield Hallam University)": a person with an affiliation, unless the part before the
            // brackets is itself an organisation ("International Labour Organization (ILO)")
            return isOrganisation(name);
        }
        // "UN Women", "EU Agency …": a name opening with an acronym is a body's, not a person's
        if (isAcronym(value.strip().split("\\s+")[0])) {
            return true;
        }
        String[] words = value.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        // one word ("Polaris", "Verité", "Thorn") is an organisation's name: a person is written with two or more
        return words.length >= 5 || words.length == 1 || List.of(words).stream()
                .anyMatch(w -> ORGANISATION_WORDS.contains(w) || JOINING_WORDS.contains(w));
    }

    /** The value without a closing bracketed part ("Laura Murphy (Sheffield Hallam University)" gives the name). */
    static String withoutAffiliation(String value) {
        return AFFILIATION.matcher(value.strip()).replaceAll("").strip();
    }

    /** Surname (lower case) and first initial of a person's name, when it reads as one. */
    static Optional<Person> person(String value) {
        if (isOrganisation(value)) {
            return Optional.empty();
        }
        String name = ET_AL.matcher(withoutAffiliation(value)).replaceAll("").strip();
        Matcher m = SURNAME_FIRST.matcher(name);
        if (m.find()) {
            return Optional.of(new Person(lower(m.group(1)), lower(m.group(2))));
        }
        m = GIVEN_FIRST.matcher(name);
        if (m.matches()) {
            return Optional.of(new Person(lower(m.group(2)), lower(m.group(1))));
        }
        return Optional.empty();
    }

    /**
     * An organisation's name for comparison: lower case, without "the", a closing "Foundation" and a leading
     * "UK" or "US" before a name of two words or more ("UK Home Office" is the Home Office; "UK Government" stays).
     */
    static String organisationKey(String value) {
        String key = lower(value).replaceAll("[^\\p{L}\\p{N}]+", " ").replaceAll("^the ", "")
                .replaceAll(" foundation$", "").strip();
        String unqualified = COUNTRY_QUALIFIER.matcher(key).replaceFirst("");
        return unqualified.split(" ").length >= 2 ? unqualified : key;
    }

    /**
     * "U.S. Department of State, Office to Monitor and Combat Trafficking in Persons": an office written after its
     * parent organisation and a comma is known by the parent's name too; the parent's key, or "".
     */
    private static String parentKey(String value) {
        int comma = value.indexOf(',');
        if (comma < 0) {
            return "";
        }
        String parent = value.substring(0, comma).strip();
        return parent.split("\\s+").length >= 2 && isOrganisation(parent) ? "o|" + organisationKey(parent) : "";
    }

    /** The initials of a name's words, with and without a leading acronym ("OSCE Office for ..." gives ODIHR too). */
    private static Set<String> initials(String name) {
        if (isAcronym(name)) {
            return Set.of();
        }
        List<String> words = List.of(name.strip().split("[\\s/,]+"));
        Set<String> out = new LinkedHashSet<>();
        out.add(initialsOf(words));
        if (words.size() > 2 && isAcronym(words.get(0))) {
            out.add(initialsOf(words.subList(1, words.size())));
        }
        out.remove("");
        return out;
    }

    /** "Southern Poverty Law Center" gives "SPLC": the initials of a name of three or more main words, or "". */
    static String acronymOf(String name) {
        if (isAcronym(name)) {
            return "";
        }
        String out = initialsOf(List.of(name.strip().split("[\\s/,]+")));
        return out.length() >= 3 ? out : "";
    }

    private static String initialsOf(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && !SMALL_WORDS.contains(lower(w)) && Character.isLetter(w.charAt(0))) {
                out.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    /** "Álvaro" and "Alvaro" are one given name: records spell names with and without their accents. */
    private static String lower(String s) {
        return NameIndex.fold(s).strip();
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** A person's surname and first initial, lower case. */
    record Person(String surname, String initial) {
    }
}
