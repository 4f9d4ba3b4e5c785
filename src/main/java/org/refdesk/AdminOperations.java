package org.refdesk;

import java.util.Objects;
import org.refdesk.index.SyncReport;
import org.refdesk.library.ParseResult;
import org.refdesk.web.LibraryAdmin;

/** The admin API's library changes, carried out by the App (durable, index committed, profile refreshed). */
final class AdminOperations implements LibraryAdmin {

    private final App app;

    AdminOperations(App app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    @Override
    public Change upsert(ParseResult parsed) {
        return change(app.keep(parsed).sync());
    }

    @Override
    public boolean delete(String id) {
        return app.delete(id);
    }

    @Override
    public Change reindex() {
        return change(app.syncSeeds().sync());
    }

    private static Change change(SyncReport r) {
        return new Change(r.added(), r.updated(), r.removed(), r.unchanged(), r.millis());
    }
}
