package org.refdesk.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.refdesk.answer.Suggester;

/** {@code GET /api/starters}: questions to offer before the first one, derived from the collection. */
final class StartersHandler {

    private static final int MAX = 6;
    private final Suggester suggester;
    private final Readiness readiness;

    StartersHandler(Suggester suggester, Readiness readiness) {
        this.suggester = Objects.requireNonNull(suggester, "suggester");
        this.readiness = Objects.requireNonNull(readiness, "readiness");
    }

    void starters(Context ctx) {
        List<String> starters = readiness.isReady() ? suggester.starters(MAX, List.of()) : List.of();
        ctx.json(Map.of("starters", starters));
    }
}
