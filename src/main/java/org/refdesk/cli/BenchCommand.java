package org.refdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.refdesk.cli.bench.Bench;
import org.refdesk.cli.bench.BenchPlan;
import org.refdesk.cli.bench.BenchReport;
import org.refdesk.cli.bench.BenchTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code refdesk bench}: ingest throughput, retrieval latency at several library sizes against
 * LangChain4j's in-memory store, HTTP load, warm restart and memory; prints a table and writes JSON.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure ingest, retrieval, HTTP load, restart and memory; write target/bench.json.")
public final class BenchCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Option(names = "--quick", description = "1k and 10k only, shorter load: under two minutes.")
    boolean quick;

    @Option(names = "--sizes", split = ",",
            description = "Library sizes (default: 1000,10000,100000; quick: 1000,10000).")
    List<Integer> sizes;

    @Option(names = "--clients", description = "Concurrent HTTP clients (default: 16).")
    Integer clients;

    @Option(names = "--seconds", description = "Seconds of HTTP load (default: 30; quick: 10).")
    Double seconds;

    @Option(names = "--warm-up-seconds",
            description = "Seconds the server answers before the HTTP load is measured (default: 60; quick: 30).")
    Double warmUpSeconds;

    @Option(names = "--questions", description = "Questions timed per size (default: 300; quick: 100).")
    Integer questions;

    @Option(names = "--ingest-texts", description = "Texts for the ingest comparison (default: 300; quick: 60).")
    Integer ingestTexts;

    @Option(names = "--out", defaultValue = "target/bench.json",
            description = "Report file (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        BenchPlan plan = BenchPlan.standard(quick, storage.settings(), out);
        plan = plan.withSizes(sizes == null ? plan.sizes() : sizes)
                .withLoad(clients == null ? plan.clients() : clients, seconds == null ? plan.seconds() : seconds,
                        warmUpSeconds == null ? plan.warmUpSeconds() : warmUpSeconds)
                .withWork(questions == null ? plan.questions() : questions,
                        ingestTexts == null ? plan.ingestTexts() : ingestTexts);
        BenchReport report = new Bench(plan).run();
        System.out.print(BenchTable.render(report));
        System.out.println("Report written to " + out);
        return 0;
    }
}
