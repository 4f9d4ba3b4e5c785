package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

/**
 * Places a question asks to look beyond: one it names after "not just", "beyond", "other than", "outside"
 * ("across Europe, not just Italy"), or, in a follow-up asking about "other countries" or "elsewhere", the
 * countries of the reports the last reply cited; and the cited reports themselves ("not just that one"). Such a
 * place is neither a constraint nor a preference: the reports filed under it alone come after the others.
 * Stateless.
 */
final class PlacesBeyond {

    /** The words before a place that set it aside, ending where the place begins. */
    private static final Pattern CUE = Pattern.compile("(?i)\\b(?:not\\s+(?:just|only|simply)(?:\\s+in)?"
            + "|beyond|other\\s+than|outside(?:\\s+of)?|apart\\s+from|except(?:\\s+for|\\s+in)?|besides"
            + "|excluding|rather\\s+than)\\s+(?:the\\s+)?$");
    private static final Pattern ELSEWHERE = Pattern.compile("(?i)\\b(?:(?:other|different|more)\\s+"
            + "(?:countries|country|places|regions|parts\\s+of\\s+the\\s+world)|elsewhere)\\b");
    /** "not just that one", "other than those": the reports pointed back at are set aside too. */
    private static final Pattern PAST_CITED = Pattern.compile("(?i)\\b(?:not\\s+(?:just|only)|beyond|other\\s+than"
            + "|apart\\s+from|besides)\\s+(?:that|this|those|these|the\\s+cited)\\b");
    private static final String WORLDWIDE = "Worldwide";

    private PlacesBeyond() {
    }

    /**
     * The place mentions the text sets aside, each widened to start at its cue, so that removing them from the
     * text removes the cue too.
     */
    static List<Mention> named(String text, List<Mention> found) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : found) {
            if (m.kind() != Mention.Kind.PLACE || m.start() > text.length()) {
                continue;
            }
            Matcher cue = CUE.matcher(text.substring(0, m.start()));
            if (cue.find()) {
                out.add(new Mention(m.kind(), m.label(), m.values(), m.phrases(), cue.start(), m.end()));
            }
        }
        return out;
    }

    /** Whether a follow-up asks about other places than those of the reports it points back at. */
    static boolean elsewhere(String text) {
        return ELSEWHERE.matcher(text).find();
    }

    /** The text without its words for other places ("other countries", "elsewhere"), which name no subject. */
    static String withoutElsewhere(String text) {
        return ELSEWHERE.matcher(text).replaceAll(" ");
    }

    /** Whether a follow-up sets aside the reports it points back at ("not just that one fleet"). */
    static boolean pastCited(String text) {
        return PAST_CITED.matcher(text).find();
    }

    /** The countries of the cited reports, one scope each ("Worldwide" is no place to look beyond). */
    static List<SearchFilter.Scope> countriesOf(List<Publication> cited) {
        Set<String> countries = new LinkedHashSet<>();
        cited.forEach(p -> countries.addAll(p.countries()));
        countries.remove(WORLDWIDE);
        return countries.stream().map(c -> new SearchFilter.Scope(c, List.of(c), List.of(c))).toList();
    }

    /**
     * The candidates in their order, those filed under the set-aside places alone (every country they are filed
     * under is one of them) moved after the others.
     */
    static List<Candidate> last(List<Candidate> candidates, List<SearchFilter.Scope> avoided) {
        if (avoided.isEmpty()) {
            return candidates;
        }
        Set<String> places = new LinkedHashSet<>();
        avoided.forEach(s -> s.values().forEach(places::add));
        return elsewhereFirst(candidates, Candidate::publication, places);
    }

    /**
     * The items in their order, those whose report is filed under these places alone (every country it is filed
     * under is one of them, in any case) moved after the others.
     */
    static <T> List<T> elsewhereFirst(List<T> items, Function<T, Publication> report, Collection<String> places) {
        Set<String> within = new HashSet<>();
        places.forEach(p -> within.add(p.toLowerCase(Locale.ROOT)));
        List<T> out = new ArrayList<>();
        List<T> only = new ArrayList<>();
        for (T item : items) {
            List<String> countries = report.apply(item).countries();
            boolean inside = !countries.isEmpty()
                    && countries.stream().allMatch(x -> within.contains(x.toLowerCase(Locale.ROOT)));
            (inside ? only : out).add(item);
        }
        out.addAll(only);
        return out;
    }
}
