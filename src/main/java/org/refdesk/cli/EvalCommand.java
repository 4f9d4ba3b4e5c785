package org.refdesk.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.refdesk.App;
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

    @Parameters(arity = "1", description = "Question file, one JSON object per line.")
    Path file;

    @Override
    public Integer call() {
        if (!List.of("hybrid", "lexical", "dense", "fused").contains(mode)) {
            System.err.println("refdesk eval: --mode must be hybrid, lexical or dense");
            return 2;
        }
        List<EvalCase> cases = Evaluator.read(file);
        try (App app = App.open(storage.settings())) {
            app.syncSeeds();
            EvalReport report = new Evaluator(app.ask()).run(cases, mode);
            System.out.print("mode " + mode + ", model " + app.embedder().modelId() + "\n" + report.table());
        }
        return 0;
    }
}
