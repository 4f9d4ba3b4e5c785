package org.refdesk.cli;

import org.refdesk.web.WebApp;
import org.refdesk.web.WebWarmUp;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.refdesk.App;
import org.refdesk.LibraryMaintenance;
import org.refdesk.config.Settings;
import org.refdesk.library.CollectionReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code refdesk serve}: the JSON API and web UI; ready once the seeds are synced into the index. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the API and web UI.")
public final class ServeCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    StorageOptions storage;

    @Mixin
    LlmOptions llm;

    @Option(names = "--port", defaultValue = "7070", description = "Port (default: ${DEFAULT-VALUE}; 0 picks one).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for a training room).")
    String host;

    @Option(names = "--rate-limit", defaultValue = "60",
            description = "Questions per minute per client (default: ${DEFAULT-VALUE}; 0 turns the limit off).")
    int rateLimit;

    @Option(names = "--max-in-flight",
            description = "Answers computed at once; more wait in line (default: four per CPU core).")
    Integer maxInFlight;

    @Option(names = "--max-queue", defaultValue = "64",
            description = "Questions that may wait for an answer slot; beyond, 503 (default: ${DEFAULT-VALUE}).")
    int maxQueue;

    @Option(names = "--queue-timeout", defaultValue = "10s",
            description = "Longest wait for an answer slot, like 10s or 1500ms; then 503 (default: ${DEFAULT-VALUE}).")
    String queueTimeout;

    @Option(names = "--trusted-proxy",
            description = "Address of the reverse proxy whose X-Forwarded-For names the client (default: none).")
    String trustedProxy;

    @Option(names = "--gap-report", description = "Count the topics of questions the library cannot answer in "
            + "data/gaps.json (only their terms; default: REFDESK_GAP_REPORT, else off).")
    boolean gapReport;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        Settings settings = llm.apply(storage.settings().withServer(host, port))
                .withLimits(rateLimit, maxInFlight == null ? Settings.defaultMaxInFlight() : maxInFlight, trustedProxy)
                .withQueue(maxQueue, Settings.LlmSettings.parseDuration(queueTimeout))
                .withGapReport(gapReport || storage.settings().gapReport());
        // Jetty, Javalin and Jackson load while the index opens, not after it
        WebWarmUp.inBackground();
        CollectionReader.requireDirectory(settings.seeds());
        App app = App.open(settings);
        LOG.debug("Index and services open in {} ms since start", (System.nanoTime() - start) / 1_000_000);
        // the sync with seeds/ runs while the web server is built and started (readiness says "loading" meanwhile)
        FutureTask<LibraryMaintenance.Loaded> sync = new FutureTask<>(() -> app.library().syncSeeds());
        Thread syncing = new Thread(sync, "seed-sync");
        syncing.setDaemon(true);
        syncing.start();
        WebApp web = app.web().start(settings.host(), settings.port());
        LOG.debug("Web server started in {} ms since start", (System.nanoTime() - start) / 1_000_000);
        LOG.info("refdesk listening on http://{}:{}/ (model {})", settings.host(), web.port(), settings.model());
        LibraryMaintenance.Loaded loaded = await(sync);
        LOG.info("Ready: {} publications in {} ms since start", loaded.parsed().publications().size(),
                (System.nanoTime() - start) / 1_000_000);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            web.stop();
            app.close();
        }));
        return 0;
    }

    /** The sync's result; its failure ends the start as if it had run on this thread. */
    private static LibraryMaintenance.Loaded await(FutureTask<LibraryMaintenance.Loaded> sync) {
        try {
            return sync.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while syncing the seeds", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
