package org.refdesk.web.ui;

import org.refdesk.web.WebApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.refdesk.App;
import org.refdesk.config.Settings;
import org.refdesk.web.Readiness;

/** A real refdesk (ONNX model, Lucene index, Jetty on a free port) over a seeds folder, for browser tests. */
final class UiServer implements AutoCloseable {

    /** The project's own ten-record listing page. */
    static final Path PROJECT_SEEDS = Path.of("seeds");

    private final App app;
    private final WebApp web;

    private UiServer(App app, WebApp web) {
        this.app = app;
        this.web = web;
    }

    /** Starts a server whose seeds folder holds copies of the given files. */
    static UiServer start(Path workDir, Path... seedFiles) {
        return start(workDir, java.util.function.UnaryOperator.identity(), seedFiles);
    }

    /** The same, with settings adjusted (e.g. the gap report on). */
    static UiServer start(Path workDir, java.util.function.UnaryOperator<Settings> adjust, Path... seedFiles) {
        try {
            Path seeds = Files.createDirectories(workDir.resolve("seeds"));
            for (Path file : seedFiles) {
                if (Files.isDirectory(file)) {
                    try (var files = Files.list(file)) {
                        for (Path f : files.toList()) {
                            Files.copy(f, seeds.resolve(f.getFileName()));
                        }
                    }
                } else {
                    Files.copy(file, seeds.resolve(file.getFileName()));
                }
            }
            Settings settings = adjust.apply(Settings.fromEnvironment(Map.of()).withStorage(seeds, workDir.resolve("data")));
            App app = App.open(settings);
            app.library().syncSeeds();
            return new UiServer(app, app.web().start("127.0.0.1", 0));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + web.port() + "/";
    }

    Readiness readiness() {
        return app.readiness();
    }

    /** Stops answering (the page then meets a server that is down). */
    void stopWeb() {
        web.stop();
    }

    @Override
    public void close() {
        web.stop();
        app.close();
    }
}
