package org.refdesk.cli.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.refdesk.config.Settings;

/**
 * What one bench run does: library sizes, the HTTP load (clients, seconds, on which size), how long the
 * server answers before the HTTP load is measured ({@code warmUpSeconds}: a freshly started JVM spends much of
 * its CPU compiling the code it has just begun to run), how many questions per size and how many texts to
 * ingest, and where to write the report.
 */
public record BenchPlan(List<Integer> sizes, int clients, double seconds, double warmUpSeconds, int httpSize,
                        int questions, int ingestTexts, boolean quick, Path out, Settings settings) {

    public BenchPlan {
        sizes = List.copyOf(sizes);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(settings, "settings");
        if (sizes.isEmpty() || sizes.stream().anyMatch(s -> s < 1)) {
            throw new IllegalArgumentException("sizes " + sizes + " must be one or more positive numbers");
        }
        if (clients < 1 || seconds <= 0 || warmUpSeconds <= 0 || questions < 1 || ingestTexts < 1) {
            throw new IllegalArgumentException("clients " + clients + ", seconds " + seconds + ", warm-up seconds "
                    + warmUpSeconds + ", questions " + questions + " and ingest texts " + ingestTexts
                    + " must all be positive");
        }
    }

    /** The full run of the issue, or the quick one (1k and 10k, shorter load) that ends within two minutes. */
    public static BenchPlan standard(boolean quick, Settings settings, Path out) {
        return quick
                ? new BenchPlan(List.of(1_000, 10_000), 16, 10, 30, 10_000, 100, 60, true, out, settings)
                : new BenchPlan(List.of(1_000, 10_000, 100_000), 16, 30, 60, 10_000, 300, 300, false, out, settings);
    }

    /** The size the HTTP load runs on: {@code httpSize} if measured, else the measured size nearest to it. */
    int loadSize() {
        return sizes.stream().min((a, b) -> Long.compare(Math.abs((long) a - httpSize), Math.abs((long) b - httpSize)))
                .orElseThrow();
    }

    public BenchPlan withSizes(List<Integer> newSizes) {
        return new BenchPlan(newSizes, clients, seconds, warmUpSeconds, httpSize, questions, ingestTexts, quick,
                out, settings);
    }

    public BenchPlan withLoad(int newClients, double newSeconds, double newWarmUpSeconds) {
        return new BenchPlan(sizes, newClients, newSeconds, newWarmUpSeconds, httpSize, questions, ingestTexts,
                quick, out, settings);
    }

    public BenchPlan withWork(int newQuestions, int newIngestTexts) {
        return new BenchPlan(sizes, clients, seconds, warmUpSeconds, httpSize, newQuestions, newIngestTexts,
                quick, out, settings);
    }
}
