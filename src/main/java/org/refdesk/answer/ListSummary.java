package org.refdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.refdesk.retrieve.Retrieval;

/**
 * The lead of a list answer: how many reports matched, the years they span and the categories most of them
 * are in, counted by facet over everything that matched (the filter for "list all", the relevant reports for
 * a topical list), never over the few the answer cites. "14 reports, 2006–2023, most in Research and Data
 * and Health; 5 cited below:". Thread-safe.
 */
public final class ListSummary {

    private final Function<Retrieval, Map<String, Map<String, Integer>>> facetsOf;

    /**
     * {@code facetsOf}: facet counts (dimensions {@code year}, {@code category}) over everything a retrieval
     * matched.
     */
    public ListSummary(Function<Retrieval, Map<String, Map<String, Integer>>> facetsOf) {
        this.facetsOf = Objects.requireNonNull(facetsOf, "facetsOf");
    }

    String lead(Retrieval r, int cited) {
        Map<String, Map<String, Integer>> facets = facetsOf.apply(r);
        int matching = r.matching();
        List<String> parts = new ArrayList<>();
        List<String> applied = r.understanding().applied();
        parts.add((matching == 1 ? "One report" : matching + " reports")
                + (applied.isEmpty() ? "" : " " + String.join(", ", applied)));
        String years = years(facets.getOrDefault("year", Map.of()));
        if (!years.isEmpty()) {
            parts.add(years);
        }
        String categories = categories(facets.getOrDefault("category", Map.of()), matching);
        // "7 reports in Health, all in Health" says nothing new
        boolean named = categories.startsWith("all in ")
                && applied.stream().anyMatch(f -> f.endsWith(categories.substring("all in ".length())));
        if (!categories.isEmpty() && !named) {
            parts.add(categories);
        }
        String below = cited >= matching ? (matching == 1 ? "cited below" : "all cited below") : cited + " cited below";
        return String.join(", ", parts) + "; " + below + ":";
    }

    static String years(Map<String, Integer> years) {
        List<Integer> all = years.keySet().stream().filter(y -> y.matches("\\d{1,4}")).map(Integer::parseInt)
                .sorted().toList();
        if (all.isEmpty()) {
            return "";
        }
        int first = all.get(0);
        int last = all.get(all.size() - 1);
        return first == last ? String.valueOf(first) : first + "–" + last;
    }

    /** The one or two categories with the most reports. */
    static String categories(Map<String, Integer> categories, int matching) {
        List<Map.Entry<String, Integer>> top = categories.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(2).toList();
        if (top.isEmpty()) {
            return "";
        }
        if (top.get(0).getValue() >= matching) {
            return (matching == 1 ? "in " : "all in ") + top.get(0).getKey();
        }
        return "most in " + String.join(" and ", top.stream().map(Map.Entry::getKey).toList());
    }
}
