package org.refdesk.cli;

import java.nio.file.Path;
import org.refdesk.config.Settings;
import picocli.CommandLine.Option;

/** Options every command that opens the library shares. */
public final class StorageOptions {

    @Option(names = "--seeds", description = "Folder of collection files (default: ${DEFAULT-VALUE}).",
            defaultValue = "seeds")
    Path seeds;

    @Option(names = "--data", description = "Folder for the index and embedding cache (default: ${DEFAULT-VALUE}).",
            defaultValue = "data")
    Path data;

    @Option(names = "--model", description = "Embedding model: bge-small-en-v15-q, all-minilm-l6-v2-q, "
            + "e5-small-v2-q, or a primary model and its companion joined by '+' (default: REFDESK_MODEL or "
            + Settings.DEFAULT_MODEL + ").")
    String model;

    Settings settings() {
        Settings s = Settings.fromEnvironment(System.getenv()).withStorage(seeds, data);
        return model == null ? s : s.withModel(model);
    }
}
