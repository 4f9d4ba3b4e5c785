package org.refdesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.refdesk.answer.Answer;
import org.refdesk.answer.AskService;
import org.refdesk.retrieve.Catalog;
import org.refdesk.answer.Source;
import org.refdesk.library.Publication;
import org.refdesk.library.Filters;
import org.refdesk.retrieve.HybridRetriever;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Turn;

/**
 * Runs evaluation questions against the real index: the full product (mode {@code hybrid}) or a naive
 * single-list baseline ({@code lexical}, {@code dense}: raw question, no understanding, no gate).
 */
public final class Evaluator {

    private final AskService ask;
    private final Function<EvalCase, Reply> product;

    /**
     * Measures the product in this process (and the baselines); a list's recall counts the reports its "and N
     * more" link holds, followed through {@code catalog} as the web page follows it.
     */
    public Evaluator(AskService ask, Catalog catalog) {
        this.ask = Objects.requireNonNull(ask, "ask");
        MoreList more = new MoreList(catalog);
        this.product = c -> {
            List<Turn> history = c.history().stream().map(t -> new Turn(t.role(), t.content(), t.sources())).toList();
            Answer a = ask.ask(new Question(c.q(), history, Filters.NONE));
            List<String> titles = a.sources().stream().map(Source::title).toList();
            List<String> listed = a.more() == null ? titles : more.titles(a.more().href());
            return new Reply(a.answer(), titles, a.abstained(), listed);
        };
    }

    /** Measures what a user gets from a running server ({@code POST /api/ask}); no baselines. */
    public Evaluator(Function<EvalCase, Reply> server) {
        this.ask = null;
        this.product = Objects.requireNonNull(server, "server");
    }

    /**
     * What an answer gave: its text, the titles of its sources in order, whether it abstained, and every report
     * the user can open from it (the sources, and the whole list behind "and N more").
     */
    public record Reply(String answer, List<String> titles, boolean abstained, List<String> listed) {
        public Reply {
            titles = List.copyOf(titles);
            listed = List.copyOf(listed);
        }
    }

    public static List<EvalCase> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<EvalCase> cases = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.isEmpty() || line.startsWith("//")) {
                    continue;
                }
                try {
                    cases.add(json.readValue(line, EvalCase.class));
                } catch (IOException e) {
                    throw new IllegalArgumentException(file + ":" + (i + 1) + ": not an eval case: " + e.getMessage(),
                            e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return cases;
    }

    public EvalReport run(List<EvalCase> cases, String mode) {
        Map<String, List<Outcome>> byKind = new LinkedHashMap<>();
        List<Outcome> all = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        for (EvalCase c : cases) {
            Outcome o = mode.equals("hybrid") ? full(c) : baseline(c,
                    HybridRetriever.Mode.valueOf(mode.toUpperCase(Locale.ROOT)));
            all.add(o);
            byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(o);
            if (!o.passed()) {
                misses.add(c.id() + " [" + c.kind() + "] " + c.q() + " -> " + o.got());
            }
        }
        Map<String, EvalReport.Figures> kinds = new LinkedHashMap<>();
        byKind.forEach((k, v) -> kinds.put(k, figures(v)));
        return new EvalReport(figures(all), kinds, misses);
    }

    private Outcome full(EvalCase c) {
        Reply a = product.apply(c);
        boolean mentions = c.mention().stream().allMatch(m -> a.answer().toLowerCase(Locale.ROOT)
                .contains(m.toLowerCase(Locale.ROOT)));
        return outcome(c, a.titles(), a.listed(), a.abstained(), mentions,
                (a.abstained() ? "abstained " : "") + a.titles());
    }

    private Outcome baseline(EvalCase c, HybridRetriever.Mode mode) {
        Objects.requireNonNull(ask, "baselines run in process, not against a server");
        List<String> titles = ask.baseline(c.q(), mode).stream().map(Publication::title).toList();
        return outcome(c, titles, titles, false, c.mention().isEmpty(), titles.stream().limit(3).toList().toString());
    }

    private static Outcome outcome(EvalCase c, List<String> titles, List<String> listed, boolean abstained,
                                   boolean mentions, String got) {
        if (c.expect().isEmpty()) {
            return new Outcome(c, true, abstained, 0, mentions, abstained && mentions, got, 0);
        }
        int rank = 0;
        for (int i = 0; i < titles.size() && rank == 0; i++) {
            if (matches(titles.get(i), c.expect())) {
                rank = i + 1;
            }
        }
        long found = c.expect().stream().filter(e -> listed.stream().anyMatch(t -> matches(t, List.of(e)))).count();
        boolean everyOne = !c.all() || found == c.expect().size();
        boolean passed = rank == 1 && everyOne && mentions && !abstained;
        double recall = (double) found / c.expect().size();
        return new Outcome(c, false, false, rank, mentions, passed, got + " (rank " + rank + ")", recall);
    }

    private static boolean matches(String title, List<String> prefixes) {
        String t = title.toLowerCase(Locale.ROOT);
        return prefixes.stream().anyMatch(p -> t.startsWith(p.toLowerCase(Locale.ROOT)));
    }

    private static EvalReport.Figures figures(List<Outcome> outcomes) {
        List<Outcome> expecting = outcomes.stream().filter(o -> !o.expectsAbstention()).toList();
        List<Outcome> abstaining = outcomes.stream().filter(Outcome::expectsAbstention).toList();
        List<Outcome> followUps = outcomes.stream().filter(o -> !o.c().history().isEmpty()).toList();
        return new EvalReport.Figures(outcomes.size(), (int) outcomes.stream().filter(Outcome::passed).count(),
                share(expecting, o -> o.rank() == 1), share(expecting, o -> o.rank() >= 1 && o.rank() <= 3),
                expecting.isEmpty() ? 0 : expecting.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank())
                        .average().orElse(0),
                share(abstaining, Outcome::abstained), share(followUps, Outcome::passed),
                outcomes.stream().filter(o -> o.c().all() && !o.expectsAbstention()).mapToDouble(Outcome::recall)
                        .average().orElse(Double.NaN));
    }

    private static double share(List<Outcome> outcomes, Predicate<Outcome> test) {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(test).count() / outcomes.size();
    }

    private record Outcome(EvalCase c, boolean expectsAbstention, boolean abstained, int rank, boolean mentions,
                           boolean passed, String got, double recall) {
    }
}
