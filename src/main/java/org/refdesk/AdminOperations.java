package org.refdesk;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.refdesk.library.WriteFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.refdesk.index.SyncReport;
import org.refdesk.library.ParseResult;
import org.refdesk.gaps.GapTopic;
import org.refdesk.web.LibraryAdmin;
import org.refdesk.web.Readiness;

/**
 * The admin API's library changes, carried out by {@link LibraryMaintenance} (durable, index committed, profile
 * refreshed); a failed write is reported to readiness until the next one succeeds. Thread-safe.
 */
final class AdminOperations implements LibraryAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(AdminOperations.class);
    private final LibraryMaintenance library;
    private final Readiness readiness;
    private final Supplier<List<GapTopic>> gaps;

    AdminOperations(LibraryMaintenance library, Readiness readiness, Supplier<List<GapTopic>> gaps) {
        this.library = Objects.requireNonNull(library, "library");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
        this.gaps = Objects.requireNonNull(gaps, "gaps");
    }

    @Override
    public Change upsert(ParseResult parsed) {
        return watched(() -> change(library.keep(parsed).sync()));
    }

    @Override
    public boolean delete(String id) {
        return watched(() -> library.delete(id));
    }

    @Override
    public Change reindex() {
        return watched(() -> change(library.reindex().sync()));
    }

    @Override
    public List<GapTopic> gaps() {
        return gaps.get();
    }

    /** Reports a failed write to readiness and the log; the next write that succeeds clears it. */
    private <T> T watched(Supplier<T> write) {
        try {
            T result = write.get();
            readiness.writesOk();
            return result;
        } catch (WriteFault e) {
            LOG.warn("Library change not applied ({}): {}", e.kind().label(), rootCause(e));
            readiness.writeFailed(e.kind().description());
            throw e;
        }
    }

    private static String rootCause(Throwable e) {
        Throwable c = e;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c.toString();
    }

    private static Change change(SyncReport r) {
        return new Change(r.added(), r.updated(), r.removed(), r.unchanged(), r.millis());
    }
}
