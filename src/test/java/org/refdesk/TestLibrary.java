package org.refdesk;

import org.refdesk.web.WebApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.refdesk.config.Settings;

/**
 * A real refdesk for tests: the bundled seeds copied into a temp folder, the real ONNX model, a real
 * Lucene index on disk, and (on demand) a real server on a free loopback port.
 */
public final class TestLibrary implements AutoCloseable {

    public static final Path BUNDLED_SEEDS = Path.of("seeds/000_6620e883614441ff.txt");
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
        try {
            Path seeds = Files.createDirectories(dir.resolve("seeds"));
            if (!Files.exists(seeds.resolve(BUNDLED_SEEDS.getFileName()))) {
                Files.copy(BUNDLED_SEEDS, seeds.resolve(BUNDLED_SEEDS.getFileName()));
            }
            Settings settings = Settings.fromEnvironment(Map.of()).withStorage(seeds, dir.resolve("data"));
            App app = App.open(settings);
            app.library().syncSeeds();
            return new TestLibrary(app, seeds);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public App app() {
        return app;
    }

    public Path seeds() {
        return seeds;
    }

    /** Starts the web server on a free port (once) and returns its base URL. */
    public String baseUrl() {
        if (web == null) {
            web = app.web().start("127.0.0.1", 0);
        }
        return "http://127.0.0.1:" + web.port();
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
    public void close() {
        if (web != null) {
            web.stop();
        }
        app.close();
    }
}
