package org.refdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Figures of one evaluation run, overall and per kind, with the misses. */
public record EvalReport(Figures overall, Map<String, Figures> byKind, List<String> misses) {

    public EvalReport {
        byKind = Map.copyOf(byKind);
        misses = List.copyOf(misses);
    }

    /**
     * hit@1, hit@3 and MRR over questions that expect reports; abstention accuracy over those that expect
     * none; follow-up accuracy over those with history; list recall: the share of the expected reports among
     * the sources of questions that ask for all of them (NaN when there are none); {@code passed} counts fully
     * correct questions.
     */
    public record Figures(int questions, int passed, double hit1, double hit3, double mrr, double abstention,
                          double followUp, double listRecall) {
        String line() {
            return String.format(Locale.ROOT, "%3d questions  passed %3d  hit@1 %.3f  hit@3 %.3f  MRR %.3f  "
                    + "abstention %.3f  follow-up %.3f  list-recall %s", questions, passed, hit1, hit3, mrr, abstention,
                    followUp, Double.isNaN(listRecall) ? "-" : String.format(Locale.ROOT, "%.3f", listRecall));
        }
    }

    String table() {
        StringBuilder out = new StringBuilder("overall     ").append(overall.line()).append('\n');
        new LinkedHashMap<>(byKind).entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                out.append(String.format(Locale.ROOT, "%-11s ", e.getKey())).append(e.getValue().line()).append('\n'));
        if (!misses.isEmpty()) {
            out.append("misses:\n");
            new ArrayList<>(misses).forEach(m -> out.append("  ").append(m).append('\n'));
        }
        return out.toString();
    }
}
