package org.refdesk.cli.bench;

import java.util.List;
import java.util.Map;

/**
 * Everything one {@code refdesk bench} run measured; written as {@code bench.json} by Jackson. Immutable.
 *
 * @param model the embedding model id
 * @param cores processors the JVM saw
 * @param loadAverageAtStart the machine's one-minute load average when the run began (other work competes
 *     for the cores: wall-clock figures include waiting for one)
 * @param burst a room's worth of never-seen questions sent in the same instant, with the server's default limits
 * @param httpFreshStart the same load as {@code http} from the server's first seconds, which doubles as its warm-up:
 *     the JVM is still compiling the code it has just begun to run
 * @param http the HTTP load with a never-seen question in every request (the target's case), measured after the
 *     warm-up
 * @param httpRepeatedQuestions the same load where the room repeats a couple of dozen questions (suggested
 *     starters), so query embeddings come from the cache
 * @param targets each target of the issue with what was measured against it
 */
public record BenchReport(String model, int cores, boolean quick, double loadAverageAtStart, double loadAverageAtEnd,
                          Ingest ingest, List<RetrievalRow> retrieval, Burst burst, Http httpFreshStart, Http http,
                          Http httpRepeatedQuestions, Restart restart, List<Memory> memory, List<Target> targets) {

    public BenchReport {
        retrieval = List.copyOf(retrieval);
        memory = List.copyOf(memory);
        targets = List.copyOf(targets);
    }

    /** The same report with the targets checked against it. */
    public BenchReport withTargets(List<Target> checked) {
        return new BenchReport(model, cores, quick, loadAverageAtStart, loadAverageAtEnd, ingest, retrieval, burst,
                httpFreshStart, http, httpRepeatedQuestions, restart, memory, checked);
    }

    /**
     * Raw model throughput against refdesk's whole ingest on the same texts. refdesk also embeds every
     * abstract sentence (for the extractive answer) but only once per distinct sentence. {@code ratio} is
     * of wall-clock throughputs; {@code cpuRatio} the same from process CPU time (model CPU / refdesk CPU).
     */
    public record Ingest(int texts, double modelPerSec, double refdeskPerSec, double ratio, double cpuRatio,
                         int modelTextsEmbedded, int refdeskTextsEmbedded, long modelMs, long refdeskMs) {
    }

    /** Latency percentiles over {@code n} calls. */
    public record Percentiles(double p50Ms, double p95Ms, double p99Ms, int n) {
    }

    /**
     * One library size. {@code refdesk} and {@code inMemory} both include embedding a question never seen
     * before; {@code refdeskCachedQuery} and {@code inMemorySearchOnly} are the same calls with the query
     * vector already known; {@code speedup} is inMemory p50 / refdesk p50;
     * {@code segments} is the number of index segments (each searched with its own HNSW graph);
     * the CPU figures are mean process CPU time per call, all threads ({@code queryEmbeddingCpuMs}: the
     * baseline's one query embedding alone, the floor of a never-seen question).
     */
    public record RetrievalRow(int size, boolean synthetic, Percentiles refdesk, Percentiles inMemory, double speedup,
                               Percentiles refdeskCachedQuery, Percentiles inMemorySearchOnly,
                               Percentiles queryEmbedding, double refdeskCpuMs, double inMemoryCpuMs,
                               double queryEmbeddingCpuMs, long buildMs, int segments) {
    }

    /**
     * K clients posting varied questions to {@code /api/ask} for a fixed time; {@code cpuMsPerRequest} is the
     * process CPU (server and clients share it, with GC and JIT) per answered request; {@code serverCpuMsPerRequest}
     * the mean CPU of the server thread that answered each request (its {@code Server-Timing: cpu}; -1 if absent);
     * {@code serverProcessCpuMsPerRequest} the process CPU less the CPU of the load's own client threads (the
     * server's every thread: answering, Jetty's I/O, GC and JIT); {@code errors} every non-200;
     * {@code statuses} the requests by status ({@code io}: no response); the queue wait is the time answered
     * requests waited for an answer slot (server side).
     */
    public record Http(int size, int clients, double seconds, double rps, double p50Ms, double p99Ms, int errors,
                       int requests, double cpuMsPerRequest, Map<String, Integer> statuses, double queueWaitP50Ms,
                       double queueWaitP99Ms, double serverCpuMsPerRequest, double serverProcessCpuMsPerRequest) {
        public Http {
            statuses = Map.copyOf(statuses);
        }
    }

    /** {@code questions} never-seen questions sent at the same instant: statuses, answer latency, wait for a slot. */
    public record Burst(int size, int questions, Map<String, Integer> statuses, double p50Ms, double p99Ms,
                        double queueWaitP50Ms, double queueWaitMaxMs) {
        public Burst {
            statuses = Map.copyOf(statuses);
        }

        int refused() {
            return questions - statuses.getOrDefault("200", 0);
        }
    }

    /**
     * A fresh JVM serving unchanged seeds: start to ready, texts it had to embed, and the CPU time it had
     * used when ready (all threads; on a busy machine wall time is longer than on an idle one).
     */
    public record Restart(long readyMs, int embedded, int publications, long cpuMs) {
    }

    /** Heap used after GC and resident set size of a serving process holding {@code size} publications. */
    public record Memory(int size, double heapMb, double rssMb) {
    }

    /** One target of the issue, what was measured, and whether it is met. */
    public record Target(String name, String goal, String measured, boolean met) {
    }
}
