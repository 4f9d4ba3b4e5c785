package org.refdesk.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.refdesk.App;
import org.refdesk.library.CollectionReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code refdesk eval FILE.jsonl}: hit@1, hit@3, MRR, abstention and follow-up accuracy, and the misses. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Evaluate answers on a question file.")
public final class EvalCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Option(names = "--mode", defaultValue = "hybrid",
            description = "hybrid (the product), or a naive baseline: lexical (BM25 alone), dense (vectors alone).")
    String mode;

    @Option(names = "--server", description = "Measure what a user gets from a running server (POST /api/ask at "
            + "this base URL, e.g. http://127.0.0.1:7070) instead of answering in this process; hybrid mode only.")
    URI server;

    @Parameters(arity = "1", description = "Question file, one JSON object per line.")
    Path file;

    @Override
    public Integer call() {
        if (!List.of("hybrid", "lexical", "dense").contains(mode)) {
            System.err.println("refdesk eval: --mode must be hybrid, lexical or dense");
            return 2;
        }
        List<EvalCase> cases = Evaluator.read(file);
        if (server != null) {
            if (!mode.equals("hybrid")) {
                System.err.println("refdesk eval: --server measures the product only (--mode hybrid)");
                return 2;
            }
            EvalReport report = new Evaluator(new ServerAsker(server)).run(cases, mode);
            System.out.print("mode hybrid over HTTP, server " + server + "\n" + report.table());
            return 0;
        }
        CollectionReader.requireDirectory(storage.settings().seeds());
        try (App app = App.open(storage.settings())) {
            app.library().syncSeeds();
            EvalReport report = new Evaluator(app.ask(), app.catalog()).run(cases, mode);
            System.out.print("mode " + mode + ", model " + app.embedder().modelId() + "\n" + report.table());
        }
        return 0;
    }
}
