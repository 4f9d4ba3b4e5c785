package org.refdesk.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Candidate;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Verdict;

/**
 * Suggests follow-up questions that the library can answer by construction: who wrote a cited report
 * (answered from its record), which cited report is about a place they differ on (a filter over them),
 * and a neighbouring report that was retrieved but not cited (asked for by its title). Thread-safe.
 */
public final class Suggester {

    private static final int MAX = 3;
    private final Supplier<Map<String, Map<String, Integer>>> facets;

    public Suggester(Supplier<Map<String, Map<String, Integer>>> facets) {
        this.facets = Objects.requireNonNull(facets, "facets");
    }

    /**
     * Follow-ups drawn from the answer itself: who wrote the cited report, which cited report is about a
     * place they differ on, anything newer than the newest cited report, more on the first cited report's
     * own country, and a neighbouring report that was retrieved but not cited. Only an answer with nothing
     * cited falls back to starter questions about the library.
     */
    public List<String> suggest(Retrieval r, Answer answer) {
        Set<String> out = new LinkedHashSet<>();
        List<Publication> cited = r.candidates().stream().map(Candidate::publication)
                .filter(p -> answer.sources().stream().anyMatch(s -> s.id().equals(p.id()))).toList();
        if (!cited.isEmpty() && r.verdict() != Verdict.OFF_TOPIC && r.verdict() != Verdict.NO_MATCH) {
            if (!r.understanding().wants().contains("authors") && !cited.get(0).authors().isEmpty()) {
                out.add(cited.size() == 1 ? "Who wrote it and when?" : "Who wrote “" + cited.get(0).title() + "”?");
            }
            placeRefinement(cited).ifPresent(out::add);
            newer(cited).ifPresent(out::add);
            ownPlace(cited.get(0)).ifPresent(out::add);
            r.candidates().stream().map(Candidate::publication).filter(p -> !cited.contains(p)).findFirst()
                    .ifPresent(p -> out.add("What does “" + p.title() + "” cover?"));
        } else {
            out.addAll(starters(MAX, cited));
        }
        return new ArrayList<>(out).subList(0, Math.min(MAX, out.size()));
    }

    /** "Anything more recent?" when the library holds reports newer than every cited one. */
    private Optional<String> newer(List<Publication> cited) {
        int newestCited = cited.stream().filter(p -> p.year() != null).mapToInt(Publication::year).max().orElse(0);
        int newestHeld = facets.get().getOrDefault("year", Map.of()).keySet().stream().filter(y -> y.matches("\\d{4}"))
                .mapToInt(Integer::parseInt).max().orElse(0);
        return newestCited > 0 && newestHeld > newestCited ? Optional.of("Anything more recent?")
                : Optional.empty();
    }

    /** More on the first cited report's own country, when it names one the library holds several reports on. */
    private Optional<String> ownPlace(Publication first) {
        Map<String, Integer> countries = facets.get().getOrDefault("country", Map.of());
        return first.countries().stream().filter(c -> !c.equalsIgnoreCase("Worldwide"))
                .filter(c -> countries.getOrDefault(c, 0) > 1).findFirst()
                .map(c -> "What else is there on " + c + "?");
    }

    /**
     * Questions for a library with nothing asked yet, each about a facet value the library holds: its most
     * common specific places, its newest year, its main category, a publisher and an author.
     */
    public List<String> starters(int max, List<Publication> exclude) {
        List<String> out = new ArrayList<>();
        Map<String, Map<String, Integer>> f = facets.get();
        for (String dim : List.of("country", "region")) {
            f.getOrDefault(dim, Map.of()).keySet().stream().filter(v -> !v.equalsIgnoreCase("Worldwide"))
                    .filter(v -> exclude.stream().noneMatch(p -> p.countries().contains(v) || p.regions().contains(v)))
                    .findFirst().ifPresent(v -> out.add("Anything on " + v + "?"));
        }
        f.getOrDefault("year", Map.of()).keySet().stream().max(String::compareTo)
                .ifPresent(y -> out.add("Which reports are from " + y + "?"));
        f.getOrDefault("category", Map.of()).keySet().stream().findFirst()
                .ifPresent(c -> out.add("Which reports are about " + c + "?"));
        f.getOrDefault("affiliation", Map.of()).keySet().stream().findFirst()
                .ifPresent(a -> out.add("What has " + a + " published?"));
        f.getOrDefault("author", Map.of()).keySet().stream().filter(a -> !a.contains(","))
                .filter(a -> exclude.stream().noneMatch(p -> p.authors().contains(a))).findFirst()
                .ifPresent(a -> out.add("What has " + a + " written?"));
        return out.subList(0, Math.min(max, out.size()));
    }

    private static Optional<String> placeRefinement(List<Publication> cited) {
        if (cited.size() < 2) {
            return Optional.empty();
        }
        for (Publication p : cited) {
            for (String place : p.regions().isEmpty() ? p.countries() : p.regions()) {
                boolean distinguishing = !place.equalsIgnoreCase("Worldwide")
                        && cited.stream().filter(q -> q.regions().contains(place) || q.countries().contains(place))
                        .count() == 1;
                if (distinguishing) {
                    return Optional.of("Which one is about " + place + "?");
                }
            }
        }
        return Optional.empty();
    }
}
