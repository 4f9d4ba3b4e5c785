package org.refdesk.web;

import java.util.List;
import org.refdesk.gaps.GapTopic;
import org.refdesk.library.ParseResult;

/**
 * The library changes the admin API may make, provided by the App: each is durable when it returns and
 * visible to the next question. Implementations are thread-safe.
 */
public interface LibraryAdmin {

    /** Used when the App offers no admin operations; every call fails. */
    LibraryAdmin NONE = new LibraryAdmin() {
        @Override
        public Change upsert(ParseResult parsed) {
            throw new ApiException(403, "the admin API is not available");
        }

        @Override
        public boolean delete(String id) {
            throw new ApiException(403, "the admin API is not available");
        }

        @Override
        public Change reindex() {
            throw new ApiException(403, "the admin API is not available");
        }
    };

    /** Adds or updates the parsed records, leaving the rest of the library alone. */
    Change upsert(ParseResult parsed);

    /** Removes one record; false when there was none with this id. */
    boolean delete(String id);

    /** Rebuilds the index from {@code seeds/} and the changes made through this API. */
    Change reindex();

    /** The gap report's topics, most asked first; empty when it is off. */
    default List<GapTopic> gaps() {
        return List.of();
    }

    /** What a change did to the index. */
    record Change(int added, int updated, int removed, int unchanged, long millis) {
    }

    /** The body of an admin response: what happened and which records were refused. */
    record Report(int accepted, int added, int updated, int removed, int unchanged, int total,
                  List<Rejected> rejected) {
        public Report {
            rejected = List.copyOf(rejected);
        }
    }

    /** One refused record of an upload: its line and why. */
    record Rejected(int line, String error) {
    }
}
