package org.refdesk.cli.bench;

import java.util.Locale;

/** The bench report as a plain-text table for the terminal. Stateless. */
public final class BenchTable {

    private BenchTable() {
    }

    public static String render(BenchReport r) {
        StringBuilder out = new StringBuilder();
        out.append(line("refdesk bench — model %s, %d cores%s; machine load average %.1f at start, %.1f at end",
                r.model(), r.cores(), r.quick() ? ", quick" : "", r.loadAverageAtStart(), r.loadAverageAtEnd()));
        BenchReport.Ingest i = r.ingest();
        out.append(line("%nIngest (%d texts: seed abstracts and variants of their sentences)", i.texts()));
        out.append(line("  raw model embedAll  %8.1f abstracts/s  (%d texts embedded, %d ms)", i.modelPerSec(),
                i.modelTextsEmbedded(), i.modelMs()));
        out.append(line("  refdesk ingest      %8.1f abstracts/s  (%d texts embedded, %d ms)  ratio %.2f "
                + "(by CPU time %.2f)", i.refdeskPerSec(), i.refdeskTextsEmbedded(), i.refdeskMs(), i.ratio(),
                i.cpuRatio()));
        out.append(line("%nRetrieval, ms (synthetic records: seed words, random unit vectors; every question new,"
                + " query embedding included on both sides)"));
        out.append(line("  %8s | %-22s | %-22s | %7s | %-16s | %-16s | %6s | %4s | %s", "size", "refdesk p50/p95/p99",
                "in-memory p50/p95/p99", "speedup", "refdesk cached q", "in-mem search", "embed", "segs",
                "CPU ms/call r|m|embed"));
        for (BenchReport.RetrievalRow row : r.retrieval()) {
            out.append(line("  %8d | %-22s | %-22s | %6.2fx | %-16s | %-16s | %6.2f | %4d | %.2f | %.2f | %.2f",
                    row.size(),
                    three(row.refdesk()), three(row.inMemory()), row.speedup(), two(row.refdeskCachedQuery()),
                    two(row.inMemorySearchOnly()), row.queryEmbedding().p50Ms(), row.segments(), row.refdeskCpuMs(),
                    row.inMemoryCpuMs(), row.queryEmbeddingCpuMs()));
        }
        if (r.burst() != null) {
            BenchReport.Burst b = r.burst();
            out.append(line("%nBurst at %d: %d never-seen questions at once, default limits: statuses %s, p50 %.2f ms, "
                    + "p99 %.2f ms; wait for a slot p50 %.2f ms, max %.2f ms", b.size(), b.questions(), b.statuses(),
                    b.p50Ms(), b.p99Ms(), b.queueWaitP50Ms(), b.queueWaitMaxMs()));
        }
        if (r.httpFreshStart() != null) {
            BenchReport.Http h = r.httpFreshStart();
            out.append(line("%nHTTP /api/ask at %d, never-seen questions from the server's first %.0f s (its warm-up: "
                    + "the JVM still compiling): %.1f req/s, p50 %.2f ms, p99 %.2f ms, statuses %s, %.2f ms process CPU "
                    + "per request, %.2f ms on the server's thread", h.size(), h.seconds(), h.rps(), h.p50Ms(),
                    h.p99Ms(), h.statuses(), h.cpuMsPerRequest(), h.serverCpuMsPerRequest()));
        }
        if (r.http() != null) {
            BenchReport.Http h = r.http();
            out.append(line("HTTP /api/ask at %d, never-seen questions after the warm-up: %d clients, %.1f s: "
                    + "%.1f req/s, p50 %.2f ms, p99 %.2f ms, "
                    + "%d non-2xx (%d requests, by status %s), %.2f ms process CPU per request (clients, GC, JIT "
                    + "included), %.2f ms without the clients' threads, %.2f ms on the server's answering thread; "
                    + "wait for a slot p50 %.2f ms, p99 %.2f ms",
                    h.size(), h.clients(), h.seconds(), h.rps(), h.p50Ms(), h.p99Ms(), h.errors(), h.requests(),
                    h.statuses(), h.cpuMsPerRequest(), h.serverProcessCpuMsPerRequest(), h.serverCpuMsPerRequest(),
                    h.queueWaitP50Ms(), h.queueWaitP99Ms()));
        }
        if (r.httpRepeatedQuestions() != null) {
            BenchReport.Http h = r.httpRepeatedQuestions();
            out.append(line("  same load, the room repeating 24 questions (cached query embeddings): %.1f req/s, "
                    + "p50 %.2f ms, p99 %.2f ms, statuses %s, %.2f ms process CPU per request, %.2f ms on the server's "
                    + "thread", h.rps(), h.p50Ms(), h.p99Ms(), h.statuses(), h.cpuMsPerRequest(),
                    h.serverCpuMsPerRequest()));
        }
        out.append(line("%nWarm restart: ready in %d ms (%d ms CPU), %d texts embedded, %d publications",
                r.restart().readyMs(), r.restart().cpuMs(), r.restart().embedded(), r.restart().publications()));
        out.append(line("%nMemory of a serving process (after GC)"));
        r.memory().forEach(m -> out.append(line("  %8d  heap %7.1f MB  RSS %7.1f MB", m.size(), m.heapMb(),
                m.rssMb())));
        out.append(line("%nTargets"));
        r.targets().forEach(t -> out.append(line("  %-4s %-38s %-24s measured %s", t.met() ? "MET" : "MISS",
                t.name(), t.goal(), t.measured())));
        return out.toString();
    }

    private static String three(BenchReport.Percentiles p) {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", p.p50Ms(), p.p95Ms(), p.p99Ms());
    }

    private static String two(BenchReport.Percentiles p) {
        return String.format(Locale.ROOT, "%.2f / %.2f", p.p50Ms(), p.p99Ms());
    }

    private static String line(String format, Object... args) {
        return String.format(Locale.ROOT, format, args) + System.lineSeparator();
    }
}
