package org.refdesk.retrieve;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.ScoredId;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

/**
 * How the conversation finds the reports an earlier reply cited: by id (sent back by the client), by whole title,
 * by the part of a title before its colon, which a bare-text reply often writes alone ("the ILO's Ship to
 * Shore Rights research"), or by what the reply says of it. Thread-safe when the functions are.
 */
record ReportLookup(Function<String, Optional<Publication>> byId, Function<String, Optional<Publication>> byTitle,
                    Function<String, Optional<Publication>> byShortTitle,
                    Function<String, Optional<Publication>> byContent) {

    /**
     * A report is taken for the one a reply describes when it matches the reply's words a quarter better than the
     * next best: a near tie is two reports the reply may equally be about.
     */
    static final double CLEAR_LEAD = 1.25;

    ReportLookup {
        Objects.requireNonNull(byId, "byId");
        Objects.requireNonNull(byTitle, "byTitle");
        Objects.requireNonNull(byShortTitle, "byShortTitle");
        Objects.requireNonNull(byContent, "byContent");
    }

    static ReportLookup of(PublicationIndex index) {
        return new ReportLookup(index::find, index::findByTitle, index::findByShortTitle,
                text -> described(index, text));
    }

    /**
     * The report a reply describes without naming it ("a 2012 report from the USC Annenberg Center describes how
     * prepaid phones…"): the best lexical match of the reply's words, when it leads the next one clearly.
     */
    private static Optional<Publication> described(PublicationIndex index, String text) {
        List<ScoredId> best = index.search().lexical(text, SearchFilter.NONE, 2);
        if (best.isEmpty() || best.size() > 1 && best.get(0).score() < CLEAR_LEAD * best.get(1).score()) {
            return Optional.empty();
        }
        return index.find(best.get(0).id());
    }
}
