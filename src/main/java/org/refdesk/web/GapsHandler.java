package org.refdesk.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Objects;
import org.refdesk.gaps.GapTopic;

/** {@code GET /api/admin/gaps}: the gap report's topics, most asked first (admin token checked before this runs). */
final class GapsHandler {

    private final LibraryAdmin admin;
    private final Readiness readiness;

    GapsHandler(LibraryAdmin admin, Readiness readiness) {
        this.admin = Objects.requireNonNull(admin, "admin");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
    }

    void gaps(Context ctx) {
        ctx.json(new Gaps(readiness.gapReport(), admin.gaps()));
    }

    /** Whether the report is on, and what it has counted. */
    record Gaps(boolean enabled, List<GapTopic> topics) {
        Gaps {
            topics = List.copyOf(topics);
        }
    }
}
