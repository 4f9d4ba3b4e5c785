package org.refdesk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.refdesk.answer.AskService;
import org.refdesk.answer.ExtractiveComposer;
import org.refdesk.answer.ListSummary;
import org.refdesk.answer.MoreLikeFollowUp;
import org.refdesk.gaps.GapReport;
import org.refdesk.gaps.GapTopic;
import org.refdesk.answer.SentencePicker;
import org.refdesk.answer.Suggester;
import org.refdesk.answer.llm.ChatModels;
import org.refdesk.answer.llm.LlmAnswerer;
import org.refdesk.answer.llm.LlmStatus;
import org.refdesk.answer.llm.PromptBuilder;
import org.refdesk.answer.llm.PromptTemplates;
import org.refdesk.config.Settings;
import org.refdesk.index.EmbeddingModels;
import org.refdesk.index.Embedder;
import org.refdesk.index.IndexLocation;
import org.refdesk.index.IndexRecovery;
import org.refdesk.index.IndexSync;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SyncReport;
import org.refdesk.library.ChangeJournal;
import org.refdesk.library.CollectionReader;
import org.refdesk.library.ParseProblem;
import org.refdesk.library.ParseResult;

import org.refdesk.retrieve.AbstentionGate;
import org.refdesk.retrieve.Calibration;
import org.refdesk.retrieve.Calibrator;
import org.refdesk.retrieve.Catalog;
import org.refdesk.retrieve.HybridRetriever;
import org.refdesk.retrieve.QueryUnderstanding;
import org.refdesk.retrieve.SimilarReports;
import org.refdesk.retrieve.Vocabulary;
import org.refdesk.web.Readiness;
import org.refdesk.web.WebApp;
import org.refdesk.web.WebDeps;
import org.refdesk.web.WebPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that reads settings, builds every object (model, index, services, web app) and
 * starts things. Thread-safe once built; syncs are serialised.
 */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** Model calls at once; beyond it questions get the extractive answer at once rather than queue. */
    private static final int LLM_CONCURRENCY = 4;

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
    private final ChangeJournal changes;
    private volatile String recovery;
    private final LlmAnswerer llm;
    private final GapReport gaps;

    private App(Settings settings, Embedder embedder) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.llm = llm(settings.llm(), readiness);
        IndexRecovery.Opened opened = IndexRecovery.open(IndexLocation.current(settings.data()), embedder.modelId());
        IndexLocation.removeStale(settings.data());
        this.index = opened.index();
        if (opened.recovered()) {
            recovery = "rebuilding index after corruption (damaged copy kept in " + opened.movedAside().getFileName() + ")";
            readiness.loading(recovery);
        }
        this.changes = ChangeJournal.open(settings.data());
        this.sync = new IndexSync(index, embedder, settings.data());
        this.catalog = new Catalog(index);
        QueryUnderstanding understanding = new QueryUnderstanding(index, () -> profile.get().vocabulary());
        AbstentionGate gate = new AbstentionGate(index, understanding);
        HybridRetriever retriever = new HybridRetriever(index, embedder, gate, () -> profile.get().calibration());
        SentencePicker picker = new SentencePicker(index);
        ExtractiveComposer composer = new ExtractiveComposer(picker, embedder,
                new ListSummary(catalog::facets));
        this.gaps = settings.gapReport() ? GapReport.open(settings.data(), java.time.Clock.systemUTC()) : null;
        readiness.gapReport(gaps != null);
        this.ask = new AskService(understanding, retriever, gate, composer,
                new Suggester(() -> profile.get().facets()), () -> profile.get().newestYear(), llm,
                new MoreLikeFollowUp(new SimilarReports(index), picker), gaps);
        refreshProfile();
    }

    /**
     * Starts loading the embedding model (in the background, so the index opens and the server can listen
     * meanwhile) and opens the index; does not read the seeds yet.
     */
    public static App open(Settings settings) {
        // before the model: an unusable data folder ends the start with one line, not a half-loaded ONNX runtime
        DataFolder.requireWritable(settings.data());
        return new App(settings, EmbeddingModels.loadInBackground(settings.model()));
    }

    /** For tests and benchmarks that already hold a loaded model. */
    public static App open(Settings settings, Embedder embedder) {
        return new App(settings, embedder);
    }

    /** Makes the index hold exactly what {@code seeds/} holds, plus the records ingested or uploaded since. */
    public synchronized Loaded syncSeeds() {
        readiness.loading(recovery != null ? recovery : "syncing " + settings.seeds());
        ParseResult parsed = changes.applyTo(reader.readDirectory(settings.seeds()));
        report(parsed);
        SyncReport report = sync.sync(parsed.publications());
        refreshProfile();
        recovery = null;
        embedder.awaitModel();
        readiness.ready();
        return new Loaded(parsed, report);
    }

    /**
     * Adds or updates the records of these files for good (they survive the next start-up's sync with
     * {@code seeds/}), leaving the rest of the index alone.
     */
    public Loaded ingest(List<Path> files) {
        List<ParseResult> parts = new ArrayList<>();
        files.forEach(f -> parts.add(reader.readFile(f)));
        ParseResult parsed = ParseResult.merge("ingest", parts);
        report(parsed);
        return keep(parsed);
    }

    /**
     * Rebuilds the index from {@code seeds/} and the journal beside the one in use, which keeps answering
     * until the new one is swapped in. Fails with {@code WriteFault} leaving the index in use as it was.
     */
    public synchronized Loaded reindex() {
        ParseResult parsed = changes.applyTo(reader.readDirectory(settings.seeds()));
        report(parsed);
        SyncReport report = sync.rebuild(parsed.publications());
        refreshProfile();
        return new Loaded(parsed, report);
    }

    /** Adds or updates already-parsed records in the index only (not kept across a rebuild from the seeds). */
    public synchronized Loaded upsert(ParseResult parsed) {
        SyncReport report = sync.upsert(parsed.publications());
        refreshProfile();
        return new Loaded(parsed, report);
    }

    /**
     * Removes one record for good (also from what {@code seeds/} would bring back); false, recording
     * nothing, if there is none. Journal and index change together or, with {@code WriteFault}, neither.
     */
    public synchronized boolean delete(String id) {
        if (index.find(id).isEmpty()) {
            return false;
        }
        sync.remove(List.of(id), () -> changes.delete(id), changes::undoLast);
        refreshProfile();
        return true;
    }

    /**
     * Adds or updates records for good: they survive restarts and rebuilds from {@code seeds/}. Journal and
     * index change together or, with {@code WriteFault}, neither.
     */
    public synchronized Loaded keep(ParseResult parsed) {
        SyncReport report = sync.upsert(parsed.publications(), () -> changes.upsert(parsed.publications()),
                changes::undoLast);
        refreshProfile();
        return new Loaded(parsed, report);
    }

    public WebApp web() {
        WebPolicy policy = new WebPolicy(settings.loopbackOnly(), settings.rateLimitPerMinute(), settings.maxInFlight(),
                settings.trustedProxy(), settings.adminToken(), settings.maxQueue(), settings.queueTimeout());
        return WebApp.of(new WebDeps(ask, catalog, readiness, embedder.modelId(), policy,
                new AdminOperations(this), embedder::queryCacheHits));
    }

    /** The gap report's topics, most asked first; empty when the report is off. */
    public List<GapTopic> gaps() {
        return gaps == null ? List.of() : gaps.topics();
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

    /** The optional chat model; prompts are checked now, the server itself in the background. */
    private static LlmAnswerer llm(Settings.LlmSettings s, Readiness readiness) {
        if (!s.enabled()) {
            return null;
        }
        LlmStatus status = new LlmStatus(s);
        readiness.llm(status::report);
        status.probeInBackground();
        LOG.info("LLM answers from {}", s);
        return new LlmAnswerer(ChatModels.from(s), new PromptBuilder(PromptTemplates.fromFolderOrClasspath()),
                s.timeout(), LLM_CONCURRENCY, status);
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
        if (llm != null) {
            llm.close();
        }
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
