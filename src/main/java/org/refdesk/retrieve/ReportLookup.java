package org.refdesk.retrieve;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.refdesk.index.PublicationIndex;
import org.refdesk.library.Publication;

/**
 * How the conversation finds the reports an earlier reply cited: by id (sent back by the client), by whole title,
 * or by the part of a title before its colon, which a bare-text reply often writes alone ("the ILO's Ship to
 * Shore Rights research"). Thread-safe when the functions are.
 */
record ReportLookup(Function<String, Optional<Publication>> byId, Function<String, Optional<Publication>> byTitle,
                    Function<String, Optional<Publication>> byShortTitle) {

    ReportLookup {
        Objects.requireNonNull(byId, "byId");
        Objects.requireNonNull(byTitle, "byTitle");
        Objects.requireNonNull(byShortTitle, "byShortTitle");
    }

    static ReportLookup of(PublicationIndex index) {
        return new ReportLookup(index::find, index::findByTitle, index::findByShortTitle);
    }
}
