package org.refdesk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.refdesk.index.Embedder;
import org.refdesk.index.IndexSync;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SyncReport;
import org.refdesk.library.ChangeJournal;
import org.refdesk.library.CollectionReader;
import org.refdesk.library.ParseProblem;
import org.refdesk.library.ParseResult;
import org.refdesk.retrieve.Calibration;
import org.refdesk.retrieve.Calibrator;
import org.refdesk.retrieve.Vocabulary;
import org.refdesk.web.Readiness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every change of the library: the start-up sync with {@code seeds/}, ingest, the admin API's upserts,
 * deletes and rebuilds, and the profile questions are understood against, refreshed after each. The command
 * line and the admin API ({@code AdminOperations}) both call this. Thread-safe; changes are serialised.
 */
public final class LibraryMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(LibraryMaintenance.class);
    private final Path seeds;
    private final PublicationIndex index;
    private final IndexSync sync;
    private final ChangeJournal changes;
    private final Embedder embedder;
    private final Readiness readiness;
    private final CollectionReader reader = new CollectionReader();
    private final Calibrator calibrator = new Calibrator();
    /** Null until first asked for or refreshed: a start-up that syncs at once computes it only once. */
    private final AtomicReference<Profile> profile = new AtomicReference<>();
    private volatile String recovery;

    /** {@code recovery}: why the index is being rebuilt at start-up (shown until the first sync), or null. */
    LibraryMaintenance(Path seeds, PublicationIndex index, IndexSync sync, ChangeJournal changes, Embedder embedder,
                       Readiness readiness, String recovery) {
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.index = Objects.requireNonNull(index, "index");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.changes = Objects.requireNonNull(changes, "changes");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.recovery = recovery;
    }

    /** Makes the index hold exactly what {@code seeds/} holds, plus the records ingested or uploaded since. */
    public synchronized Loaded syncSeeds() {
        readiness.loading(recovery != null ? recovery : "syncing " + seeds);
        ParseResult parsed = changes.applyTo(reader.readDirectory(seeds));
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
        ParseResult parsed = changes.applyTo(reader.readDirectory(seeds));
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

    /** What questions are understood against now. */
    public Profile profile() {
        Profile current = profile.get();
        return current != null ? current : firstProfile();
    }

    /**
     * The profile of the index as opened, computed on first use. Its own lock, not this object's: a question
     * asked during a long start-up sync gets the profile of the index as it was, without waiting for the sync.
     */
    private Profile firstProfile() {
        synchronized (profile) {
            if (profile.get() == null) {
                profile.compareAndSet(null, measureProfile());
            }
            return profile.get();
        }
    }

    /** Recomputes the profile from the index as it is (after every change). */
    synchronized void refreshProfile() {
        profile.set(measureProfile());
    }

    private Profile measureProfile() {
        Calibration calibration = calibrator.calibrate(index, embedder);
        LOG.debug("Calibration for {}: {}", embedder.modelId(), calibration);
        return Profile.of(index.search().facetValues(), calibration);
    }

    private static void report(ParseResult parsed) {
        for (ParseProblem problem : parsed.problems()) {
            LOG.warn("Rejected record: {}", problem);
        }
        LOG.info("Read {}: {} records loaded, {} rejected", parsed.file(), parsed.publications().size(),
                parsed.problems().size());
    }

    /** What a sync or ingest read and did. */
    public record Loaded(ParseResult parsed, SyncReport sync) {
    }

    /** What questions are understood against; rebuilt after every change of the index. */
    public record Profile(Vocabulary vocabulary, Calibration calibration, Map<String, Map<String, Integer>> facets,
                          int newestYear) {
        /** The profile of an index with these facet counts, its newest year the largest in "year". */
        public static Profile of(Map<String, Map<String, Integer>> facets, Calibration calibration) {
            int newest = facets.getOrDefault("year", Map.of()).keySet().stream().mapToInt(Integer::parseInt).max()
                    .orElse(0);
            return new Profile(Vocabulary.of(facets), calibration, facets, newest);
        }
    }
}
