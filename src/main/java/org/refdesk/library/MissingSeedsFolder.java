package org.refdesk.library;

import java.nio.file.Path;

/** The seeds folder named in the settings does not exist: an operator's mistake, reported in one line. */
public final class MissingSeedsFolder extends RuntimeException {

    MissingSeedsFolder(Path dir) {
        super("seeds folder " + dir.toAbsolutePath() + " does not exist");
    }
}
