package org.refdesk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.refdesk.App;
import org.refdesk.LibraryMaintenance;
import org.refdesk.library.ParseProblem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code refdesk ingest FILE...}: adds or updates records in the index and reports what loaded. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Add or update records from listing-page, JSON Lines (.jsonl) or CSV files.")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    StorageOptions storage;

    @Parameters(arity = "1..*", description = "Collection files.")
    List<Path> files;

    @Override
    public Integer call() {
        for (Path f : files) {
            if (!Files.isRegularFile(f)) {
                System.err.println("refdesk ingest: " + f + " is not a readable file");
                return 2;
            }
        }
        try (App app = App.open(storage.settings())) {
            LibraryMaintenance.Loaded loaded = app.library().ingest(files);
            for (ParseProblem p : loaded.parsed().problems()) {
                System.out.println("rejected " + p);
            }
            System.out.printf("loaded %d, rejected %d; index: %d added, %d updated, %d unchanged, %d texts embedded%n",
                    loaded.parsed().publications().size(), loaded.parsed().problems().size(), loaded.sync().added(),
                    loaded.sync().updated(), loaded.sync().unchanged(), loaded.sync().embedded());
            return loaded.parsed().problems().isEmpty() ? 0 : 1;
        }
    }
}
