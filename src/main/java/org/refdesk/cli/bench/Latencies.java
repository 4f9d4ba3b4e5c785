package org.refdesk.cli.bench;

import java.util.Arrays;

/** Collects durations and reports their percentiles in milliseconds. Not thread-safe: one per thread, then merge. */
final class Latencies {

    private long[] nanos = new long[256];
    private int count;

    void add(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.nanos[i]);
        }
    }

    int count() {
        return count;
    }

    /** The mean in milliseconds; 0 when nothing was recorded. */
    double meanMs() {
        long sum = 0;
        for (int i = 0; i < count; i++) {
            sum += nanos[i];
        }
        return count == 0 ? 0 : sum / 1e6 / count;
    }

    /** Nearest-rank percentile, {@code p} in (0, 100]; 0 when nothing was recorded. */
    double percentileMs(double p) {
        if (count == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return round(sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6);
    }

    BenchReport.Percentiles percentiles() {
        return new BenchReport.Percentiles(percentileMs(50), percentileMs(95), percentileMs(99), count);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
