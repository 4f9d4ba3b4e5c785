package org.refdesk.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.refdesk.library.Publication;

/**
 * One author of a record as the citation formats need it: an organisation is one literal name that
 * must never be split into given name, particle and family name; a person has a family name and given
 * names. Immutable and thread-safe.
 *
 * @param literal the organisation's whole name, or {@code null} for a person
 * @param family a person's family name (with any lower-case particle: "van Dijk")
 * @param given a person's given names or initials, possibly empty
 */
record AuthorName(String literal, String family, String given) {

    private static final Pattern ET_AL = Pattern.compile("(?i),?\\s*et\\.? al\\.?$");
    /** Words that only organisations carry in their names. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile("(?i)\\b(organi[sz]ations?|foundation|institute"
            + "|institution|office|agency|ministry|council|commission|committee|network|association|cent(er|re)"
            + "|university|college|group|department|nations|union|bank|fund|programme|program|alliance|coalition"
            + "|society|trust|bureau|services?|project|initiative|federation|secretariat|government|unit|partnership"
            + "|consortium|observatory|forum|campaign|international|unicef|unodc|unhcr|ilo|iom|osce|unesco"
            + "|walk free|la strada|anti-slavery)\\b");
    /** An acronym such as IOM, UNODC or ECPAT: two to ten capitals, digits or ampersands. */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&]{1,9}");

    boolean isOrganisation() {
        return literal != null;
    }

    /** The record's authors, "et al." dropped (see {@link Names#others()}). */
    static Names of(Publication p) {
        List<AuthorName> out = new ArrayList<>();
        boolean others = false;
        for (String raw : p.authors()) {
            String name = ET_AL.matcher(raw.strip()).replaceAll("").strip();
            others |= !name.equals(raw.strip());
            if (!name.isEmpty()) {
                out.add(isOrganisation(name, p.affiliations()) ? new AuthorName(name, null, null) : person(name));
            }
        }
        return new Names(out, others);
    }

    static boolean isOrganisation(String name, List<String> affiliations) {
        return affiliations.stream().anyMatch(a -> a.equalsIgnoreCase(name)) || ACRONYM.matcher(name).matches()
                || ORGANISATION_WORD.matcher(name).find();
    }

    /** "Zimmerman, C." and "Cathy Zimmerman" alike; lower-case particles stay with the family name. */
    static AuthorName person(String name) {
        int comma = name.indexOf(',');
        if (comma > 0) {
            return new AuthorName(null, name.substring(0, comma).strip(), name.substring(comma + 1).strip());
        }
        String[] words = name.split("\\s+");
        int family = words.length - 1;
        while (family > 1 && words[family - 1].equals(words[family - 1].toLowerCase(Locale.ROOT))) {
            family--;
        }
        return new AuthorName(null, String.join(" ", List.of(words).subList(family, words.length)),
                String.join(" ", List.of(words).subList(0, family)));
    }

    /** A record's author names, and whether the record said "et al." after them. */
    record Names(List<AuthorName> names, boolean others) {
        Names {
            names = List.copyOf(names);
        }
    }
}
