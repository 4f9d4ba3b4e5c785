package org.refdesk.retrieve;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.refdesk.index.ScoredId;

/**
 * The one ranked list of closeness in meaning that two embedding models give together: each model's scores are
 * standardised over its own list for the question (how far above its usual closeness a report is, in its own
 * spread), and a report's standing is the sum of the two. Cosines of two models live on different scales (the
 * companion's sit in a narrow band near 0.8), so they are never added raw; summing standardised scores keeps how
 * far ahead each model puts its best report, which two rank lists would flatten to one step. A report one model
 * did not reach counts as that model's lowest in the list. Without a companion the primary list is the vote.
 * Stateless and thread-safe.
 */
final class MeaningVote {

    private MeaningVote() {
    }

    /** Best first; the score of each entry is its summed standard score. */
    static List<ScoredId> combined(List<ScoredId> primary, List<ScoredId> companion) {
        if (companion.isEmpty()) {
            return primary;
        }
        Standardised first = Standardised.of(primary);
        Standardised second = Standardised.of(companion);
        Set<String> ids = new LinkedHashSet<>();
        primary.forEach(s -> ids.add(s.id()));
        companion.forEach(s -> ids.add(s.id()));
        return ids.stream().map(id -> new ScoredId(id, (float) (first.of(id) + second.of(id))))
                .sorted(Comparator.comparingDouble((ScoredId s) -> -s.score()).thenComparing(ScoredId::id))
                .toList();
    }

    /** One model's scores as standard scores over its list; a report it did not reach gets the list's lowest. */
    private record Standardised(Map<String, Double> scores, double lowest) {

        static Standardised of(List<ScoredId> list) {
            if (list.isEmpty()) {
                return new Standardised(Map.of(), 0);
            }
            double mean = list.stream().mapToDouble(ScoredId::score).average().orElse(0);
            double variance = list.stream().mapToDouble(s -> (s.score() - mean) * (s.score() - mean)).average()
                    .orElse(0);
            double spread = variance > 0 ? Math.sqrt(variance) : 1;
            Map<String, Double> scores = new HashMap<>();
            double lowest = Double.MAX_VALUE;
            for (ScoredId s : list) {
                double z = (s.score() - mean) / spread;
                scores.put(s.id(), z);
                lowest = Math.min(lowest, z);
            }
            return new Standardised(scores, lowest);
        }

        double of(String id) {
            return scores.getOrDefault(id, lowest);
        }
    }
}
