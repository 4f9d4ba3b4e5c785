package org.refdesk;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.refdesk.answer.AskService;
import org.refdesk.answer.ExtractiveComposer;
import org.refdesk.answer.SentencePicker;
import org.refdesk.answer.Suggester;
import org.refdesk.config.Settings;
import org.refdesk.index.EmbeddingModels;
import org.refdesk.index.Embedder;
import org.refdesk.index.IndexSync;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SyncReport;
import org.refdesk.library.CollectionReader;
import org.refdesk.library.ParseProblem;
import org.refdesk.library.ParseResult;

import org.refdesk.retrieve.AbstentionGate;
import org.refdesk.retrieve.Calibration;
import org.refdesk.retrieve.Calibrator;
import org.refdesk.retrieve.Catalog;
import org.refdesk.retrieve.HybridRetriever;
import org.refdesk.retrieve.QueryUnderstanding;
import org.refdesk.retrieve.Vocabulary;
import org.refdesk.web.Readiness;
import org.refdesk.web.WebDeps;
import org.refdesk.web.WebServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that reads settings, builds every object (model, index, services, web app) and
 * starts things. Thread-safe once built; syncs are serialised.
 */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final Settings settings;
    private final Embedder embedder;
    private final PublicationIndex index;
    private final IndexSync sync;
    private final CollectionReader reader = new CollectionReader();
    private final Calibrator calibrator = new Calibrator();
    private final AtomicReference<Profile> profile = new AtomicReference<>(Profile.EMPTY);
    private final Readiness readiness = new Readiness();
    private final Catalog catalog;
    private final AskService ask;

    private App(Settings settings, Embedder embedder) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.index = PublicationIndex.open(settings.data().resolve("index"), embedder.modelId());
        this.sync = new IndexSync(index, embedder, settings.data());
        this.catalog = new Catalog(index);
        QueryUnderstanding understanding = new QueryUnderstanding(index, () -> profile.get().vocabulary());
        AbstentionGate gate = new AbstentionGate(index, understanding);
        HybridRetriever retriever = new HybridRetriever(index, embedder, gate, () -> profile.get().calibration());
        ExtractiveComposer composer = new ExtractiveComposer(new SentencePicker(index), embedder);
        this.ask = new AskService(understanding, retriever, gate, composer,
                new Suggester(() -> profile.get().facets()), () -> profile.get().newestYear());
        refreshProfile();
    }

    /**
     * Starts loading the embedding model (in the background, so the index opens and the server can listen
     * meanwhile) and opens the index; does not read the seeds yet.
     */
    public static App open(Settings settings) {
        return new App(settings, EmbeddingModels.loadInBackground(settings.model()));
    }

    /** For tests and benchmarks that already hold a loaded model. */
    public static App open(Settings settings, Embedder embedder) {
        return new App(settings, embedder);
    }

    /** Makes the index hold exactly what {@code seeds/} holds. */
    public Loaded syncSeeds() {
        readiness.loading("syncing " + settings.seeds());
        ParseResult parsed = reader.readDirectory(settings.seeds());
        report(parsed);
        SyncReport report = sync.sync(parsed.publications());
        refreshProfile();
        embedder.awaitModel();
        readiness.ready();
        return new Loaded(parsed, report);
    }

    /** Adds or updates the records of these files, leaving the rest of the index alone. */
    public Loaded ingest(List<Path> files) {
        List<ParseResult> parts = new ArrayList<>();
        files.forEach(f -> parts.add(reader.readFile(f)));
        ParseResult parsed = ParseResult.merge("ingest", parts);
        report(parsed);
        return upsert(parsed);
    }

    /** Adds or updates already-parsed records. */
    public Loaded upsert(ParseResult parsed) {
        SyncReport report = sync.upsert(parsed.publications());
        refreshProfile();
        return new Loaded(parsed, report);
    }

    public Javalin web() {
        return WebServer.create(new WebDeps(ask, catalog, readiness, embedder.modelId()));
    }

    public AskService ask() {
        return ask;
    }

    public Embedder embedder() {
        return embedder;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Readiness readiness() {
        return readiness;
    }

    public Settings settings() {
        return settings;
    }

    private void refreshProfile() {
        Map<String, Map<String, Integer>> facets = index.search().facetValues();
        int newest = facets.getOrDefault("year", Map.of()).keySet().stream().mapToInt(Integer::parseInt).max().orElse(0);
        Calibration calibration = calibrator.calibrate(index, embedder);
        profile.set(new Profile(Vocabulary.of(facets), calibration, facets, newest));
        LOG.debug("Calibration for {}: {}", embedder.modelId(), calibration);
    }

    private static void report(ParseResult parsed) {
        for (ParseProblem problem : parsed.problems()) {
            LOG.warn("Rejected record: {}", problem);
        }
        LOG.info("Read {}: {} records loaded, {} rejected", parsed.file(), parsed.publications().size(),
                parsed.problems().size());
    }

    @Override
    public void close() {
        index.close();
    }

    /** What a sync or ingest read and did. */
    public record Loaded(ParseResult parsed, SyncReport sync) {
    }

    /** What questions are understood against; rebuilt after every change of the index. */
    private record Profile(Vocabulary vocabulary, Calibration calibration, Map<String, Map<String, Integer>> facets,
                           int newestYear) {
        static final Profile EMPTY = new Profile(Vocabulary.of(Map.of()), Calibration.UNCALIBRATED, Map.of(), 0);
    }

}
