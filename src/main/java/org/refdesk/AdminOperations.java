package org.refdesk;

import java.util.Objects;
import java.util.function.Supplier;
import org.refdesk.library.WriteFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.refdesk.index.SyncReport;
import org.refdesk.library.ParseResult;
import org.refdesk.web.LibraryAdmin;

/** The admin API's library changes, carried out by the App (durable, index committed, profile refreshed). */
final class AdminOperations implements LibraryAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(AdminOperations.class);
    private final App app;

    AdminOperations(App app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    @Override
    public Change upsert(ParseResult parsed) {
        return watched(() -> change(app.keep(parsed).sync()));
    }

    @Override
    public boolean delete(String id) {
        return watched(() -> app.delete(id));
    }

    @Override
    public Change reindex() {
        return watched(() -> change(app.reindex().sync()));
    }

    @Override
    public java.util.List<org.refdesk.gaps.GapTopic> gaps() {
        return app.gaps();
    }

    /** Reports a failed write to readiness and the log; the next write that succeeds clears it. */
    private <T> T watched(Supplier<T> write) {
        try {
            T result = write.get();
            app.readiness().writesOk();
            return result;
        } catch (WriteFault e) {
            LOG.warn("Library change not applied ({}): {}", e.kind().label(), rootCause(e));
            app.readiness().writeFailed(e.kind().description());
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
