package org.refdesk.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.refdesk.config.Settings;

/** Runs the whole bench on a tiny library and checks that every figure is produced; no timing thresholds. */
class BenchIT {

    @TempDir
    Path tmp;

    @Test
    void should_produce_every_figure_of_the_report_on_a_tiny_library() throws IOException {
        // given the seed collection and a tiny plan
        Path seeds = Files.createDirectories(tmp.resolve("seeds"));
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f : files.toList()) {
                Files.copy(f, seeds.resolve(f.getFileName()));
            }
        }
        Path out = tmp.resolve("out").resolve("bench.json");
        Settings settings = Settings.fromEnvironment(Map.of()).withStorage(seeds, tmp.resolve("data"));
        BenchPlan plan = new BenchPlan(List.of(200), 2, 2, 1, 10_000, 10, 12, true, out, settings);

        // when
        BenchReport report = new Bench(plan).run();

        // then every part is measured
        assertThat(report.ingest().texts()).isEqualTo(12);
        assertThat(report.ingest().modelPerSec()).isPositive();
        assertThat(report.ingest().refdeskPerSec()).isPositive();
        assertThat(report.ingest().ratio()).isPositive();
        assertThat(report.ingest().refdeskTextsEmbedded()).isGreaterThanOrEqualTo(12);

        assertThat(report.retrieval()).hasSize(1);
        BenchReport.RetrievalRow row = report.retrieval().get(0);
        assertThat(row.size()).isEqualTo(200);
        assertThat(row.synthetic()).isTrue();
        for (BenchReport.Percentiles p : List.of(row.refdesk(), row.inMemory(), row.refdeskCachedQuery(),
                row.inMemorySearchOnly(), row.queryEmbedding())) {
            assertThat(p.n()).isEqualTo(10);
            assertThat(p.p50Ms()).isPositive();
            assertThat(p.p50Ms()).isLessThanOrEqualTo(p.p95Ms());
            assertThat(p.p95Ms()).isLessThanOrEqualTo(p.p99Ms());
        }
        assertThat(row.speedup()).isPositive();
        assertThat(row.refdeskCpuMs()).isPositive();
        assertThat(row.inMemoryCpuMs()).isPositive();
        assertThat(row.segments()).isPositive();
        assertThat(row.queryEmbeddingCpuMs()).isPositive();

        assertThat(report.burst().questions()).isEqualTo(32);
        assertThat(report.burst().statuses()).containsEntry("200", 32);
        assertThat(report.burst().p99Ms()).isGreaterThanOrEqualTo(report.burst().p50Ms()).isPositive();

        assertThat(report.http().size()).isEqualTo(200);
        assertThat(report.http().clients()).isEqualTo(2);
        assertThat(report.http().requests()).isPositive();
        assertThat(report.http().rps()).isPositive();
        assertThat(report.http().errors()).isZero();
        assertThat(report.http().statuses()).containsOnlyKeys("200").containsEntry("200", report.http().requests());
        assertThat(report.http().queueWaitP99Ms()).isGreaterThanOrEqualTo(report.http().queueWaitP50Ms());
        assertThat(report.http().p99Ms()).isGreaterThanOrEqualTo(report.http().p50Ms()).isPositive();

        assertThat(report.restart().readyMs()).isPositive();
        assertThat(report.restart().embedded()).isZero();
        assertThat(report.restart().publications()).isEqualTo(10);
        assertThat(report.restart().cpuMs()).isPositive();
        assertThat(report.http().cpuMsPerRequest()).isPositive();
        // the server's own CPU per request (Server-Timing: cpu) is part of the process's
        assertThat(report.http().serverCpuMsPerRequest()).isPositive()
                .isLessThanOrEqualTo(report.http().cpuMsPerRequest());
        // and without the load's own client threads it is still positive and no more than the process's
        assertThat(report.http().serverProcessCpuMsPerRequest()).isPositive()
                .isLessThanOrEqualTo(report.http().cpuMsPerRequest());
        assertThat(report.targets()).anySatisfy(t ->
                assertThat(t.name()).isEqualTo("server CPU per never-seen question"));
        // the warm-up load is measured on its own, before the measured one
        assertThat(report.httpFreshStart().requests()).isPositive();
        assertThat(report.httpFreshStart().errors()).isZero();
        assertThat(report.httpFreshStart().seconds()).isGreaterThanOrEqualTo(1);
        assertThat(report.httpRepeatedQuestions().requests()).isPositive();
        assertThat(report.httpRepeatedQuestions().errors()).isZero();

        assertThat(report.memory()).singleElement().satisfies(m -> {
            assertThat(m.size()).isEqualTo(200);
            assertThat(m.heapMb()).isPositive();
            assertThat(m.rssMb()).isPositive();
        });
        assertThat(report.targets()).isNotEmpty();
        assertThat(BenchTable.render(report)).contains("Retrieval", "HTTP", "warm-up", "Warm restart", "Memory",
                "Targets");

        // and the JSON file has the shape of the issue
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(fields(json.get("ingest"))).contains("modelPerSec", "refdeskPerSec", "ratio");
        JsonNode r = json.get("retrieval").get(0);
        assertThat(fields(r)).contains("size", "synthetic", "refdesk", "inMemory", "speedup");
        assertThat(fields(r.get("refdesk"))).contains("p50Ms", "p95Ms", "p99Ms");
        assertThat(fields(r.get("inMemory"))).contains("p50Ms", "p95Ms", "p99Ms");
        assertThat(fields(json.get("http"))).contains("size", "clients", "seconds", "rps", "p50Ms", "p99Ms", "errors");
        assertThat(fields(json.get("restart"))).contains("readyMs", "embedded");
        assertThat(fields(json.get("memory").get(0))).contains("size", "heapMb", "rssMb");
    }

    private static List<String> fields(JsonNode node) {
        assertThat(node).isNotNull();
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
