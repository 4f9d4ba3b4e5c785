package org.refdesk.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import org.refdesk.web.WebApp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.refdesk.App;
import org.refdesk.config.Settings;
import org.refdesk.index.EmbeddingModels;
import org.refdesk.index.Embedder;
import org.refdesk.index.PublicationIndex;
import org.refdesk.library.CollectionReader;
import org.refdesk.library.Publication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every part of {@code refdesk bench} in order (ingest, warm restart, then per library size:
 * build, memory, retrieval, and the HTTP load on one size) and writes the JSON report. Not thread-safe.
 */
public final class Bench {

    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);
    /** Never-seen questions for the warm-up and the measured load; 16 clients ask about 300 a second. */
    private static final int HTTP_QUESTIONS = 30_000;
    private static final int REPEATED_QUESTIONS = 24;
    private static final int BURST = 32;
    private static final double REPEATED_SECONDS = 10;

    private final BenchPlan plan;

    public Bench(BenchPlan plan) {
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    public BenchReport run() {
        double loadAtStart = ProcessCpu.loadAverage();
        // the server's default limits (answer slots, line), with the per-client rate limit off: one client process
        Settings settings = plan.settings().withLimits(0, Settings.defaultMaxInFlight(), null);
        List<Publication> seeds = new CollectionReader().readDirectory(settings.seeds()).publications();
        List<EmbeddingModels.Choice> choices = EmbeddingModels.choices(settings.model());
        EmbeddingModels.Choice choice = choices.get(0);
        EmbeddingModel rawModel = choice.factory().get();
        // one ONNX session for both sides: two would leave each other's spinning worker threads in the way
        Embedder primary = new Embedder(choice, rawModel);
        Embedder embedder = choices.size() == 1 ? primary
                : primary.withCompanion(new Embedder(choices.get(1), choices.get(1).factory().get()));
        Path work = createWork();
        try {
            LOG.info("Bench: ingest of {} texts", plan.ingestTexts());
            BenchReport.Ingest ingest = new IngestBench(settings, embedder, rawModel, choice.passagePrefix())
                    .run(seeds, plan.ingestTexts(), work.resolve("ingest"));
            LOG.info("Bench: warm restart");
            BenchReport.Restart restart = new RestartBench(settings, embedder).run(work);
            SyntheticLibrary library = new SyntheticLibrary(seeds, embedder.dimension(),
                    embedder.companion().map(Embedder::dimension).orElse(0));
            QuestionMaker questions = new QuestionMaker(library.topicWords(), library.countries());
            RetrievalBench retrieval = new RetrievalBench(rawModel, choice.queryPrefix(), questions);
            List<BenchReport.RetrievalRow> rows = new ArrayList<>();
            List<BenchReport.Memory> memory = new ArrayList<>();
            List<BenchReport.Http> http = List.of();
            BenchReport.Burst burst = null;
            for (int size : plan.sizes()) {
                Path dir = work.resolve("size-" + size);
                InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
                long buildMs = build(library, size, dir.resolve("data"), embedder.modelId(), store);
                LOG.info("Bench: {} synthetic publications built in {} ms; measuring memory", size, buildMs);
                memory.add(MemoryProbe.measure(size, settings.seeds(), dir.resolve("data"), embedder.modelId()));
                try (App app = App.open(settings.withStorage(settings.seeds(), dir.resolve("data")), embedder)) {
                    app.readiness().ready();
                    LOG.info("Bench: retrieval at {}", size);
                    rows.add(retrieval.measure(size, app.ask(), store, plan.questions(), buildMs,
                            app.catalog().segments()));
                    store.removeAll();
                    if (size == plan.loadSize()) {
                        WebApp web = app.web().start("127.0.0.1", 0);
                        try {
                            LOG.info("Bench: burst of {} never-seen questions at {}", BURST, size);
                            burst = new BurstBench(questions.make(BURST, 9191)).run(web.port(), size);
                            http = load(web.port(), size, questions);
                        } finally {
                            web.stop();
                        }
                    }
                }
                delete(dir);
            }
            BenchReport.Http fresh = http.isEmpty() ? null : http.get(0);
            BenchReport.Http varied = http.isEmpty() ? null : http.get(1);
            BenchReport.Http repeated = http.isEmpty() ? null : http.get(2);
            BenchReport report = new BenchReport(embedder.modelId(), Runtime.getRuntime().availableProcessors(),
                    plan.quick(), loadAtStart, ProcessCpu.loadAverage(), ingest, rows, burst, fresh, varied, repeated,
                    restart, memory, List.of());
            report = report.withTargets(BenchTargets.check(report));
            write(report);
            return report;
        } finally {
            delete(work);
        }
    }

    /**
     * Never-seen questions from the server's first seconds (its warm-up), then never-seen questions again (the
     * target's case: a server that has been answering a while), then a room repeating a few dozen questions. The
     * two never-seen loads share no question.
     */
    private List<BenchReport.Http> load(int port, int size, QuestionMaker questions) {
        List<String> pool = questions.make(HTTP_QUESTIONS, 4242);
        List<String> warmUp = pool.subList(0, pool.size() / 2);
        List<String> measured = pool.subList(pool.size() / 2, pool.size());
        LOG.info("Bench: HTTP warm-up at {} with {} clients for {} s", size, plan.clients(), plan.warmUpSeconds());
        BenchReport.Http fresh = new HttpBench(warmUp).run(port, size, plan.clients(), plan.warmUpSeconds());
        LOG.info("Bench: HTTP load at {} with {} clients for {} s", size, plan.clients(), plan.seconds());
        BenchReport.Http varied = new HttpBench(measured).run(port, size, plan.clients(), plan.seconds());
        BenchReport.Http repeated = new HttpBench(questions.make(REPEATED_QUESTIONS, 777)).run(port, size,
                plan.clients(), Math.min(plan.seconds(), REPEATED_SECONDS));
        return List.of(fresh, varied, repeated);
    }

    /** Writes the synthetic records into a fresh index and the same vectors into the in-memory store. */
    private static long build(SyntheticLibrary library, int size, Path data, String modelId,
                              InMemoryEmbeddingStore<TextSegment> store) {
        long start = System.nanoTime();
        String[] ids = new String[size];
        Embedding[] embeddings = new Embedding[size];
        TextSegment[] segments = new TextSegment[size];
        try (PublicationIndex index = PublicationIndex.open(data.resolve("index"), modelId)) {
            library.write(index, size, (r, i) -> {
                ids[i] = r.publication().id();
                embeddings[i] = Embedding.from(r.vector());
                segments[i] = TextSegment.from(r.publication().searchableText());
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        store.addAll(List.of(ids), List.of(embeddings), List.of(segments));
        return millis;
    }

    private void write(BenchReport report) {
        try {
            Path out = plan.out().toAbsolutePath();
            Files.createDirectories(out.getParent());
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), report);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + plan.out(), e);
        }
    }

    private static Path createWork() {
        try {
            return Files.createTempDirectory("refdesk-bench");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the bench", e);
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", dir, e.getMessage());
        }
    }
}
