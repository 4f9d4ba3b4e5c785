package org.refdesk;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.refdesk.answer.AskService;
import org.refdesk.answer.ExtractiveComposer;
import org.refdesk.answer.ListSummary;
import org.refdesk.answer.MoreLikeFollowUp;
import org.refdesk.gaps.GapReport;
import org.refdesk.gaps.GapTopic;
import org.refdesk.retrieve.SentencePicker;
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
import org.refdesk.library.ChangeJournal;
import org.refdesk.retrieve.AbstentionGate;
import org.refdesk.retrieve.Catalog;
import org.refdesk.retrieve.HybridRetriever;
import org.refdesk.retrieve.QueryUnderstanding;
import org.refdesk.retrieve.SimilarReports;
import org.refdesk.web.Readiness;
import org.refdesk.web.WebApp;
import org.refdesk.web.WebDeps;
import org.refdesk.web.WebPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: reads the settings, builds every object (model, index, services, web app) and
 * wires them; the work is theirs (library changes: {@link LibraryMaintenance}). Thread-safe once built.
 */
public final class App implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    /** Model calls at once; beyond it questions get the extractive answer at once rather than queue. */
    private static final int LLM_CONCURRENCY = 4;

    private final Settings settings;
    private final Embedder embedder;
    private final PublicationIndex index;
    private final Readiness readiness = new Readiness();
    private final LibraryMaintenance library;
    private final Catalog catalog;
    private final AskService ask;
    private final LlmAnswerer llm;
    private final GapReport gaps;

    private App(Settings settings, Embedder embedder) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.llm = llm(settings.llm(), readiness);
        IndexRecovery.Opened opened = IndexRecovery.open(IndexLocation.current(settings.data()), embedder.modelId());
        IndexLocation.removeStale(settings.data());
        this.index = opened.index();
        String recovery = null;
        if (opened.recovered()) {
            recovery = "rebuilding index after corruption (damaged copy kept in " + opened.movedAside().getFileName()
                    + ")";
            readiness.loading(recovery);
        }
        this.library = new LibraryMaintenance(settings.seeds(), index, new IndexSync(index, embedder, settings.data()),
                ChangeJournal.open(settings.data()), embedder, readiness, recovery);
        this.catalog = new Catalog(index);
        QueryUnderstanding understanding = new QueryUnderstanding(index, () -> library.profile().vocabulary());
        AbstentionGate gate = new AbstentionGate(index, understanding);
        HybridRetriever retriever = new HybridRetriever(index, embedder, gate, () -> library.profile().calibration());
        SentencePicker picker = new SentencePicker(index);
        ExtractiveComposer composer = new ExtractiveComposer(picker, embedder::embedQuery,
                new ListSummary(catalog::facetsOfMatching));
        this.gaps = settings.gapReport() ? GapReport.open(settings.data(), Clock.systemUTC()) : null;
        readiness.gapReport(gaps != null);
        this.ask = new AskService(understanding, retriever, composer,
                new Suggester(() -> library.profile().facets()), () -> library.profile().newestYear(), llm,
                new MoreLikeFollowUp(new SimilarReports(index), picker), gaps);
    }

    /**
     * Starts loading the embedding model (in the background, so the index opens and the server can listen
     * meanwhile) and opens the index; does not read the seeds yet.
     */
    public static App open(Settings settings) {
        // before the model: an unusable data folder ends the start with one line, not a half-loaded ONNX runtime
        DataFolder.requireWritable(settings.data());
        return new App(settings, EmbeddingModels.loadInBackground(settings.model(),
                Optional.of(settings.data().resolve("models"))));
    }

    /** For tests and benchmarks that already hold a loaded model. */
    public static App open(Settings settings, Embedder embedder) {
        return new App(settings, embedder);
    }

    /** Every change of the library (sync with the seeds, ingest, admin edits) goes through this. */
    public LibraryMaintenance library() {
        return library;
    }

    public WebApp web() {
        WebPolicy policy = new WebPolicy(settings.loopbackOnly(), settings.rateLimitPerMinute(), settings.maxInFlight(),
                settings.trustedProxy(), settings.adminToken(), settings.maxQueue(), settings.queueTimeout());
        return WebApp.of(new WebDeps(ask, catalog, readiness, embedder.modelId(), policy,
                new AdminOperations(library, readiness, this::gaps), embedder::queryCacheHits));
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

    @Override
    public void close() {
        // a command that ends before the model has loaded (a seeds folder that does not exist) exits the JVM next
        embedder.settle();
        if (llm != null) {
            llm.close();
        }
        index.close();
    }
}
