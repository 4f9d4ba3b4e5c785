package org.refdesk.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The targets for this 2-core machine, checked against one run; sizes not measured are left out. */
final class BenchTargets {

    private BenchTargets() {
    }

    static List<BenchReport.Target> check(BenchReport r) {
        List<BenchReport.Target> out = new ArrayList<>();
        row(r, 10_000).ifPresent(row -> out.add(new BenchReport.Target("retrieval p50 at 10k", "<= 10 ms",
                row.refdesk().p50Ms() + " ms", row.refdesk().p50Ms() <= 10)));
        row(r, 100_000).ifPresent(row -> {
            out.add(new BenchReport.Target("retrieval p50 at 100k", "<= 15 ms", row.refdesk().p50Ms() + " ms",
                    row.refdesk().p50Ms() <= 15));
            out.add(new BenchReport.Target("speedup over in-memory at 100k", ">= 2x", row.speedup() + "x",
                    row.speedup() >= 2));
        });
        if (r.burst() != null) {
            BenchReport.Burst b = r.burst();
            out.add(new BenchReport.Target("burst of " + b.questions() + " at once", "0 refused, p99 <= 3000 ms",
                    b.refused() + " refused, p99 " + b.p99Ms() + " ms", b.refused() == 0 && b.p99Ms() <= 3000));
        }
        if (r.http() != null) {
            BenchReport.Http h = r.http();
            out.add(new BenchReport.Target("HTTP at " + h.size() + " with " + h.clients() + " clients",
                    ">= 250 req/s, 0 non-2xx, p99 <= 250 ms", h.rps() + " req/s, " + h.errors() + " non-2xx, p99 "
                    + h.p99Ms() + " ms", h.rps() >= 250 && h.errors() == 0 && h.p99Ms() <= 250));
            row(r, h.size()).ifPresent(row -> {
                double embedding = row.queryEmbeddingCpuMs();
                out.add(cpuTarget("CPU per never-seen question", h.cpuMsPerRequest(), embedding,
                        "incl. the load's own HTTP clients"));
                out.add(cpuTarget("server process CPU per question", h.serverProcessCpuMsPerRequest(), embedding,
                        "every server thread, GC and JIT; the clients' threads not"));
                if (h.serverCpuMsPerRequest() >= 0) {
                    out.add(cpuTarget("server CPU per never-seen question", h.serverCpuMsPerRequest(), embedding,
                            "the answering thread: no clients, GC or JIT"));
                }
            });
        }
        out.add(new BenchReport.Target("warm restart", "<= 1500 ms, 0 embedded",
                r.restart().readyMs() + " ms, " + r.restart().embedded() + " embedded",
                r.restart().readyMs() <= 1500 && r.restart().embedded() == 0));
        out.add(new BenchReport.Target("ingest vs raw model", ">= 0.9x", r.ingest().ratio() + "x",
                r.ingest().ratio() >= 0.9));
        r.memory().stream().filter(m -> m.size() == 10_000).findFirst().ifPresent(m -> out.add(
                new BenchReport.Target("RSS at 10k", "<= 512 MB", m.rssMb() + " MB", m.rssMb() <= 512)));
        return out;
    }

    /** CPU per question against the floor: at most 1.5 times the CPU of one query embedding. */
    private static BenchReport.Target cpuTarget(String name, double ms, double embeddingMs, String counted) {
        return new BenchReport.Target(name, "<= 1.5x one query embedding",
                ms + " ms vs " + embeddingMs + " ms (" + counted + ")", ms <= 1.5 * embeddingMs);
    }

    private static Optional<BenchReport.RetrievalRow> row(BenchReport r, int size) {
        return r.retrieval().stream().filter(row -> row.size() == size).findFirst();
    }
}
