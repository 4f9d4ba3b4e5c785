package org.refdesk.retrieve;

import static org.refdesk.retrieve.FollowUpWording.AFTER;
import static org.refdesk.retrieve.FollowUpWording.NEWER_OF;
import static org.refdesk.retrieve.FollowUpWording.OLDER;
import static org.refdesk.retrieve.FollowUpWording.OLDER_OF;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.refdesk.library.Publication;

/**
 * The years a follow-up reads from the reports the last reply cited: "anything older?" ends before the oldest,
 * "anything more recent?" starts after the newest, "which of the two is older?" picks one. Stateless.
 */
final class CitedYears {

    private static final Pattern YEAR = Pattern.compile("\\b(?:18|19|20)\\d{2}\\b");

    private CitedYears() {
    }

    /**
     * "which one covers the 2018/19 harvest?": the cited reports whose title or abstract writes a year the question
     * names, when some but not all of them do; else none.
     */
    static List<String> mentioning(String text, List<Publication> cited) {
        Set<String> asked = yearsIn(text);
        if (asked.isEmpty()) {
            return List.of();
        }
        List<String> out = cited.stream().filter(p -> !Collections.disjoint(asked, yearsIn(p.searchableText())))
                .map(Publication::id).toList();
        return out.size() < cited.size() ? out : List.of();
    }

    /** Whether the question names one year only, and it is the year of one of the cited reports. */
    static boolean ofCited(YearParser.Years y, List<Publication> cited) {
        return y.from() != null && y.from().equals(y.to()) && cited.stream().anyMatch(p -> y.from().equals(p.year()));
    }

    /** The years a text writes as four digits. */
    private static Set<String> yearsIn(String text) {
        Set<String> years = new HashSet<>();
        YEAR.matcher(text).results().forEach(r -> years.add(r.group()));
        return years;
    }

    /**
     * "which of the two is older?": the cited report with the oldest (or newest) year, when the wording asks for
     * one by its age and the years tell them apart.
     */
    static Optional<String> byYear(String text, List<Publication> cited) {
        boolean older = OLDER_OF.matcher(text).find();
        if (older == NEWER_OF.matcher(text).find()) {
            return Optional.empty();
        }
        List<Publication> dated = cited.stream().filter(p -> p.year() != null)
                .sorted(Comparator.comparing(Publication::year)).toList();
        if (dated.size() < 2 || dated.get(0).year().equals(dated.get(dated.size() - 1).year())) {
            return Optional.empty();
        }
        return Optional.of((older ? dated.get(0) : dated.get(dated.size() - 1)).id());
    }

    /** The lower year bound after the newest cited report when the wording asks for newer ones. */
    static Integer laterFrom(FollowUpRules.Asked a) {
        int newest = newest(a.cited());
        return (AFTER.matcher(a.text()).find() || a.recent()) && !a.namesYears() && newest > 0
                ? max(a.from(), newest + 1) : a.from();
    }

    /** The upper year bound before the oldest cited report when the wording asks for older ones. */
    static Integer earlierTo(FollowUpRules.Asked a) {
        return OLDER.matcher(a.text()).find() && !a.namesYears() ? beforeOldest(a.to(), a.cited()) : a.to();
    }

    /** The newest year of the cited reports, 0 when none has a year. */
    static int newest(List<Publication> cited) {
        return cited.stream().filter(p -> p.year() != null).mapToInt(Publication::year).max().orElse(0);
    }

    /** The upper year bound before the oldest cited report; {@code to} when none has a year. */
    static Integer beforeOldest(Integer to, List<Publication> cited) {
        OptionalInt oldest = cited.stream().filter(p -> p.year() != null).mapToInt(Publication::year).min();
        return oldest.isPresent() ? min(to, oldest.getAsInt() - 1) : to;
    }

    /** The year of the report cited first, 0 when it has none. */
    static int first(List<Publication> cited) {
        Integer year = cited.get(0).year();
        return year == null ? 0 : year;
    }

    static Integer max(Integer a, int b) {
        return a == null ? b : Math.max(a, b);
    }

    static Integer min(Integer a, int b) {
        return a == null ? b : Math.min(a, b);
    }
}
