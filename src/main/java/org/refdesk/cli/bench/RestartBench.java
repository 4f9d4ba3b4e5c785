package org.refdesk.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.App;
import org.refdesk.config.Settings;
import org.refdesk.index.Embedder;

/**
 * Warm restart: syncs the seeds into a data folder, starts {@code refdesk serve} on it in a fresh JVM and
 * stops it, then starts it again and times that restart from process start to the first 200 from
 * {@code /health/ready}, reading from its sync log line how many texts it had to embed. Not thread-safe.
 */
final class RestartBench {

    private static final Pattern LISTENING = Pattern.compile("listening on http://[^:]+:(\\d+)/");
    private static final Pattern EMBEDDED = Pattern.compile("(\\d+) texts embedded");
    private static final int TIMEOUT_SECONDS = 120;

    private final Settings settings;
    private final Embedder embedder;

    RestartBench(Settings settings, Embedder embedder) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    BenchReport.Restart run(Path work) {
        Path data = work.resolve("restart-data").toAbsolutePath();
        try (App app = App.open(settings.withStorage(settings.seeds(), data), embedder)) {
            app.library().syncSeeds();
        }
        List<String> args = List.of("serve", "--port", "0", "--seeds", settings.seeds().toAbsolutePath().toString(),
                "--data", data.toString(), "--model", embedder.modelId());
        // a restart finds what the server's first start on the folder left: the model and ONNX Runtime unpacked
        start(args, work);
        return start(args, work);
    }

    /** Starts {@code refdesk serve} in a fresh JVM, times it to ready and ends it. */
    private static BenchReport.Restart start(List<String> args, Path work) {
        try (ChildJvm child = ChildJvm.start("org.refdesk.cli.Main", args, work)) {
            Matcher port = LISTENING.matcher(child.await(l -> LISTENING.matcher(l).find(), TIMEOUT_SECONDS));
            port.find();
            JsonNode ready = awaitReady(Integer.parseInt(port.group(1)));
            long readyMs = (System.nanoTime() - child.startedNanos()) / 1_000_000;
            long cpuMs = child.cpuMillis();
            Matcher embedded = EMBEDDED.matcher(child.await(l -> EMBEDDED.matcher(l).find(), TIMEOUT_SECONDS));
            embedded.find();
            return new BenchReport.Restart(readyMs, Integer.parseInt(embedded.group(1)),
                    ready.path("publications").asInt(), cpuMs);
        }
    }

    private static JsonNode awaitReady(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TIMEOUT_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return new ObjectMapper().readTree(response.body());
                }
                Thread.sleep(10);
            } catch (IOException e) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("refdesk serve on port " + port + " was not ready within "
                + TIMEOUT_SECONDS + " s");
    }

    private static void sleep() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
