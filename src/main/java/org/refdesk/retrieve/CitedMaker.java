package org.refdesk.retrieve;

import java.util.Optional;
import org.refdesk.library.Publication;

/**
 * Which maker of a cited report a follow-up points at: "what else did she write?" its first author, "did that
 * foundation publish anything else?" the first of its makers that is an organisation (a study a researcher wrote
 * for a foundation). Stateless and thread-safe.
 */
final class CitedMaker {

    private CitedMaker() {
    }

    /** The maker as the collection's vocabulary knows it, or null when it knows none of them. */
    static Mention of(Publication report, boolean organisation, Vocabulary vocab) {
        Mention first = null;
        for (String maker : report.authors()) {
            Optional<Mention> known = vocab.mentions(maker).stream().findFirst();
            if (known.isPresent() && (!organisation || known.get().kind() == Mention.Kind.ORGANISATION)) {
                return known.get();
            }
            first = first == null ? known.orElse(null) : first;
        }
        return first;
    }
}
