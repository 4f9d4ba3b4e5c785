package org.refdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.refdesk.config.Settings;
import org.refdesk.web.Readiness;
import org.refdesk.web.WebApp;

/**
 * A real refdesk for tests: seed files copied once into a temp folder, the real ONNX model (loaded as
 * {@code serve} loads it, its own instance, so counts such as passages embedded are this library's), a real
 * Lucene index on disk, and (on demand) a real server on a free loopback port. Every IT that needs a library
 * or a server starts it through this; {@link #shared} libraries embed with the run's one model
 * ({@link LibraryFixture#embedder()}) when the test counts nothing the model counts.
 */
public final class TestLibrary implements AutoCloseable {

    /** The project's own ten-record listing page. */
    public static final Path BUNDLED_SEEDS = LibraryFixture.BUNDLED_SEEDS;
    /** The project's seeds folder (the same page). */
    public static final Path PROJECT_SEEDS = Path.of("seeds");
    /** The 210-record dev library the evaluation questions are asked of. */
    public static final Path DEV_LIBRARY = Path.of("src/test/resources/eval/library");
    /** Its index and embedding cache, kept between builds so a re-run embeds nothing. */
    public static final Path DEV_LIBRARY_DATA = Path.of("target/eval-library-data");
    /** A second library, written apart from the first (other records, regions and categories), and its questions. */
    public static final Path SECOND_LIBRARY = Path.of("src/test/resources/eval/library-b");
    public static final Path SECOND_LIBRARY_DATA = Path.of("target/eval-library-b-data");
    private final App app;
    private final Path seeds;
    private WebApp web;
    private final HttpClient http = HttpClient.newHttpClient();

    private TestLibrary(App app, Path seeds) {
        this.app = app;
        this.seeds = seeds;
    }

    /** A synced library in {@code dir} (seeds/ and data/ beneath it) holding the bundled seeds. */
    public static TestLibrary start(Path dir) {
        return start(dir, UnaryOperator.identity(), BUNDLED_SEEDS);
    }

    /**
     * A synced library in {@code dir} whose seeds folder holds copies of these files (a folder: its files),
     * copied once (a second start on the same folder keeps them), with settings adjusted (e.g. the gap
     * report on).
     */
    public static TestLibrary start(Path dir, UnaryOperator<Settings> adjust, Path... seedFiles) {
        try {
            Path seeds = Files.createDirectories(dir.resolve("seeds"));
            for (Path file : seedFiles) {
                if (Files.isDirectory(file)) {
                    try (var files = Files.list(file)) {
                        for (Path f : files.toList()) {
                            copyOnce(f, seeds);
                        }
                    }
                } else {
                    copyOnce(file, seeds);
                }
            }
            LibraryFixture.seedEmbeddings(dir.resolve("data"));
            Settings settings = adjust.apply(Settings.fromEnvironment(Map.of()).withStorage(seeds, dir.resolve("data")));
            App app = App.open(settings);
            app.library().syncSeeds();
            return new TestLibrary(app, seeds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A synced library under {@code dir} holding the bundled seeds, settings adjusted, embedding with the run's
     * shared model ({@link LibraryFixture#embedder()}): for tests that count nothing the model counts.
     */
    public static TestLibrary shared(Path dir, UnaryOperator<Settings> adjust) {
        return shared(adjust.apply(LibraryFixture.settings(dir)));
    }

    /**
     * The dev library, synced, with the shared model (its index kept in {@link #DEV_LIBRARY_DATA}); no rate limit,
     * as a test class asks it far more questions a minute than one person at a desk (the limiter has its own tests).
     */
    public static TestLibrary devLibrary() {
        Settings settings = Settings.fromEnvironment(Map.of()).withStorage(DEV_LIBRARY, DEV_LIBRARY_DATA);
        return shared(settings.withLimits(0, settings.maxInFlight(), settings.trustedProxy()));
    }

    /** A synced library over these settings as they are (seeds read where they lie), with the shared model. */
    public static TestLibrary shared(Settings settings) {
        TestLibrary library = unsynced(settings);
        library.app.library().syncSeeds();
        return library;
    }

    /**
     * A library over these settings, opened (the index as found on disk) but not yet synced with its seeds,
     * with the shared model: for tests that watch what happens before and during the first sync.
     */
    public static TestLibrary unsynced(Settings settings) {
        return new TestLibrary(App.open(settings, LibraryFixture.embedder()), settings.seeds());
    }

    private static void copyOnce(Path file, Path seeds) throws IOException {
        Path target = seeds.resolve(file.getFileName());
        if (!Files.exists(target)) {
            Files.copy(file, target);
        }
    }

    public App app() {
        return app;
    }

    public Path seeds() {
        return seeds;
    }

    public Readiness readiness() {
        return app.readiness();
    }

    /** Starts the web server on a free port (once) and returns its base URL. */
    public synchronized String baseUrl() {
        if (web == null) {
            web = app.web().start("127.0.0.1", 0);
        }
        return "http://127.0.0.1:" + web.port();
    }

    /** The running web server (started if it was not), for tests that look at its routes. */
    public synchronized WebApp webApp() {
        baseUrl();
        return web;
    }

    /** The server's port (the server started if it was not). */
    public synchronized int port() {
        baseUrl();
        return web.port();
    }

    /** The page's address (the server started if it was not). */
    public String url() {
        return baseUrl() + "/";
    }

    /** Stops answering (the page then meets a server that is down). */
    public synchronized void stopWeb() {
        if (web != null) {
            web.stop();
        }
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public synchronized void close() {
        if (web != null) {
            web.stop();
        }
        app.close();
    }
}
