package org.refdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Intent;
import org.refdesk.retrieve.Understanding;

/**
 * The fixed connecting phrases of extractive answers. Everything factual they carry (titles, years,
 * names, sentences) comes from a record. Titles stand in curly quotes, which is also how a follow-up
 * finds the reports an earlier answer cited. Stateless and thread-safe.
 */
final class AnswerTemplates {

    /** Compiled once: every quoted sentence of every answer is checked. */
    private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?][\"”’)]?$");

    /**
     * {@code matching}: reports that match in all; {@code cited}: those the answer cites; {@code topical}: the
     * question names a topic (not just "list all reports").
     */
    String lead(Understanding u, int matching, int cited, boolean topical) {
        String filters = u.applied().isEmpty() ? "" : " " + String.join(", ", u.applied());
        String closest = matching > cited ? "; the " + cited + " closest:" : ":";
        if (u.intent() == Intent.LIST && filters.isEmpty() && !topical) {
            return matching > cited ? matching + " reports in the library" + closest : "Reports in the library:";
        }
        if (u.intent() == Intent.LIST || !u.applied().isEmpty()) {
            return (matching == 1 ? "One report" : matching + " reports") + (filters.isEmpty() ? " match" : filters)
                    + closest;
        }
        if (matching > cited) {
            return matching + " reports in the library cover this; the " + cited + " closest:";
        }
        return cited == 1 ? "One report in the library covers this." : cited + " reports in the library cover this.";
    }

    /** The lead when the constraints read from the question found nothing and the closest reports follow. */
    String relaxed(List<String> dropped, int count) {
        return "Nothing " + String.join(", ", dropped) + " matched; the closest " + (count == 1 ? "report is"
                : "reports are")
                + ":";
    }

    /** The lead when what met the constraints read from the question was weaker than the whole library's best. */
    String widened(List<String> dropped, int matching, int cited) {
        return "Nothing " + String.join(", ", dropped) + " matched closely, so these are from the whole library"
                + (matching > cited ? "; the " + cited + " closest of " + matching + ":" : ":");
    }

    /** The lead of a "more like this" answer. */
    String moreLike(Publication p, int count) {
        return count == 0 ? "The library has no other report like " + quoted(p) + year(p) + "."
                : "Reports like " + quoted(p) + year(p) + ", closest first:";
    }

    String moreLikeElsewhere(Publication p, int count) {
        return count == 0 ? "The library has no other report like " + quoted(p) + year(p) + "."
                : "Reports like " + quoted(p) + year(p) + ", those on other countries first:";
    }

    /** Reports past the word budget, cited by title alone. */
    String alsoCited(List<Publication> reports, int firstN) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            items.add(quoted(reports.get(i)) + year(reports.get(i)) + " [" + (firstN + i) + "]");
        }
        return "Also: " + String.join("; ", items) + ".";
    }

    String more(int more) {
        return "And " + more + " more " + (more == 1 ? "report matches" : "reports match")
                + " (browse the library for the full list).";
    }

    String item(Publication p, List<String> sentences, int n) {
        StringBuilder out = new StringBuilder(quoted(p)).append(year(p));
        if (sentences.isEmpty()) {
            return out.append(" [").append(n).append("].").toString();
        }
        out.append(':');
        for (String s : sentences) {
            out.append(' ').append(cite(s, n));
        }
        return out.toString();
    }

    /** {@code makers}: for a record without authors, the abstract's sentence that names who made it, or null. */
    String metadata(Publication p, Set<String> wants, int n, String makers) {
        List<String> parts = new ArrayList<>();
        if (wants.contains("authors")) {
            String none = "its record names no author";
            parts.add(!p.authors().isEmpty() ? "it was written by " + names(p)
                    : makers == null ? none : none + "; its abstract says “" + makers + "”");
        }
        if (wants.contains("year")) {
            parts.add(p.year() == null ? "its record gives no year" : "it was published in " + p.year());
        }
        if (wants.contains("countries")) {
            List<String> places = p.countries().isEmpty() ? p.regions() : p.countries();
            parts.add(places.isEmpty() ? "its record names no country" : "it covers " + joined(places));
        }
        String sentence = String.join(" and ", parts);
        return quoted(p) + ": " + Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + " [" + n + "].";
    }

    String notCovered(List<String> unknownTerms) {
        return "The library has nothing specific on that" + (unknownTerms.isEmpty() ? "" : " (no report mentions "
                + String.join(", ", unknownTerms.stream().map(t -> "“" + t + "”").toList()) + ")") + ".";
    }

    String closest(Publication p, List<String> sentences, int n) {
        return "The closest report is " + item(p, sentences, n);
    }

    String offTopic() {
        return "The library has nothing on that. refdesk answers questions about the reports in this "
                + "anti-trafficking resource library.";
    }

    String noMatch(List<String> applied) {
        return "The library has no reports " + String.join(", ", applied) + ".";
    }

    /** The authors, then the organisations the record names with them ("… (UNICEF, IOM)"). */
    private static String names(Publication p) {
        String affiliations = p.affiliations().isEmpty() ? "" : " (" + String.join(", ", p.affiliations()) + ")";
        return joined(p.authors()) + affiliations;
    }

    /** "A", "A and B", "A, B and C". */
    private static String joined(List<String> items) {
        return items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1)) + " and "
                + items.get(items.size() - 1);
    }

    private static String quoted(Publication p) {
        return "“" + p.title() + "”";
    }

    private static String year(Publication p) {
        return p.year() == null ? "" : " (" + p.year() + ")";
    }

    /** "Sentence. [1]" reads badly: the marker goes before the final stop. */
    private static String cite(String sentence, int n) {
        String s = sentence.strip();
        if (ENDS_SENTENCE.matcher(s).matches()) {
            int end = s.length() - 1;
            while (end > 0 && "\"”’)".indexOf(s.charAt(end)) >= 0) {
                end--;
            }
            return s.substring(0, end) + s.substring(end + 1) + " [" + n + "]" + s.charAt(end);
        }
        return s + " [" + n + "].";
    }
}
