package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

/**
 * The order of a question that names only a place ("what do you have on Australia?"): with no topic words,
 * both lists rank on filler words, so the reports filed under that place alone come first, then those that
 * share it with fewer others, then those whose title names it, and last those that only mention it in
 * passing; the fused rank breaks ties. Thread-safe.
 */
final class ScopeFocus {

    /** "and for Moldova specifically?", "on Nepal in particular": the place is what the reports must be about. */
    private static final String SPECIFIC = "(specifically|in particular|particularly)";

    private ScopeFocus() {
    }

    /** True when the question asks for a place as a whole rather than its countries one by one. */
    static boolean asksForWhole(String question) {
        return QuestionWording.WHOLE_PLACE.matcher(question).find();
    }

    /**
     * The reports filed under the places as regions first, those filed under fewer countries before those filed under
     * more (a report on the region as a whole names none); the rest keep their order after them.
     */
    static List<Candidate> wholeFirst(List<Candidate> candidates, List<SearchFilter.Scope> scopes) {
        if (scopes.isEmpty() || candidates.size() < 2) {
            return candidates;
        }
        return candidates.stream().sorted(Comparator.comparingInt((Candidate c) -> -regionsFiled(c.publication(),
                scopes)).thenComparingInt(c -> regionsFiled(c.publication(), scopes) == 0 ? 0
                        : c.publication().countries().size())).toList();
    }

    /**
     * How many of the scopes the report is filed under as a region. Not a group of places the report's countries are
     * all outside of: a brochure for Armenia, Azerbaijan and Georgia also tagged South Eastern Europe is no report on
     * the Balkans as a whole.
     */
    private static int regionsFiled(Publication p, List<SearchFilter.Scope> scopes) {
        return (int) scopes.stream().filter(s -> p.regions().stream()
                .anyMatch(r -> s.values().stream().anyMatch(r::equalsIgnoreCase) || r.equalsIgnoreCase(s.label())))
                .filter(s -> !group(s) || !outside(p, List.of(s)))
                .count();
    }

    /**
     * True when the question says a place it names is what it asks about: the word comes right after the place, or
     * right before it ("specifically on domestic workers in Lebanon" is specific about the workers).
     */
    static boolean asksForPlace(String question, List<SearchFilter.Scope> scopes) {
        return scopes.stream().flatMap(s -> s.phrases().stream()).anyMatch(phrase -> Pattern.compile(
                "(?i)\\b" + Pattern.quote(phrase) + "\\s+" + SPECIFIC + "\\b|\\b" + SPECIFIC
                        + "\\s+(?:(?:in|on|for|about)\\s+)?" + Pattern.quote(phrase) + "\\b").matcher(question).find());
    }

    static List<Candidate> order(List<Candidate> candidates, List<SearchFilter.Scope> scopes) {
        if (scopes.isEmpty() || candidates.size() < 2) {
            return candidates;
        }
        // sorting an ordered stream is stable: equal aboutness keeps the fused order
        return candidates.stream()
                .sorted(Comparator.comparingDouble((Candidate c) -> -aboutness(c.publication(), scopes)))
                .toList();
    }

    static double aboutness(Publication p, List<SearchFilter.Scope> scopes) {
        double sum = 0;
        for (SearchFilter.Scope scope : scopes) {
            sum += filedUnder(p.countries(), scope) + filedUnder(p.regions(), scope) + inTitle(p.title(), scope);
        }
        return sum;
    }

    /** True when the report is filed under one of these places, as a country or a region. */
    static boolean filed(Publication p, List<String> places) {
        return places.stream().anyMatch(v -> p.countries().stream().anyMatch(v::equalsIgnoreCase)
                || p.regions().stream().anyMatch(v::equalsIgnoreCase));
    }

    /**
     * 1 + k/n when the report is filed under k of the scope's values among its n places, else 0: a report on one
     * country asked for is more about it than one on five; one on a group of countries ("the Greater Mekong") is about
     * the group as far as its places are in it.
     */
    private static double filedUnder(List<String> places, SearchFilter.Scope scope) {
        long in = places.stream().filter(place -> scope.values().stream().anyMatch(place::equalsIgnoreCase)).count();
        return in == 0 ? 0 : 1 + (double) in / places.size();
    }

    /**
     * For a group of places asked for ("the Gulf states"), the reports filed under countries none of which is in the
     * group (one on Lebanon, let through by the region the group also names) after the others, each part in its
     * order.
     */
    static List<Candidate> membersFirst(List<Candidate> candidates, List<SearchFilter.Scope> scopes) {
        List<SearchFilter.Scope> groups = scopes.stream().filter(s -> group(s) && NamedMeaning.isPlace(s, candidates))
                .toList();
        if (groups.isEmpty()) {
            return candidates;
        }
        List<Candidate> members = new ArrayList<>();
        List<Candidate> others = new ArrayList<>();
        candidates.forEach(c -> (outside(c.publication(), groups) ? others : members).add(c));
        members.addAll(others);
        return members;
    }

    private static boolean outside(Publication p, List<SearchFilter.Scope> groups) {
        return !p.countries().isEmpty() && groups.stream().anyMatch(g -> filedUnder(p.countries(), g) == 0);
    }

    /** Whether the name asked (the scope's first phrase) names several places and is none of them ("Mekong"). */
    private static boolean group(SearchFilter.Scope scope) {
        return scope.values().size() > 1 && !scope.phrases().isEmpty()
                && scope.values().stream().noneMatch(scope.phrases().get(0)::equalsIgnoreCase);
    }

    /**
     * 1 when the title names the place: one of its names, or for a group of places the group's own name (a title
     * naming Myanmar is not about the Greater Mekong as a whole); else 0.
     */
    private static double inTitle(String title, SearchFilter.Scope scope) {
        String words = KnownTitle.normalised(title);
        List<String> names = group(scope) ? scope.phrases().subList(0, 1) : scope.phrases();
        return names.stream().map(KnownTitle::normalised).anyMatch(words::contains) ? 1 : 0;
    }
}
