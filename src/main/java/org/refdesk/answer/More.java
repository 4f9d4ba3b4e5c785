package org.refdesk.answer;

import java.util.List;
import java.util.Optional;
import org.refdesk.retrieve.BrowseLink;
import org.refdesk.retrieve.Intent;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Verdict;

/**
 * The reports an answer matched but did not cite: how many, and a link to {@code GET /api/publications}
 * that lists every matching report ({@code total} = cited + {@code count}), the cited ones first in the
 * answer's order.
 */
public record More(int count, String href) {

    /** For an answer that cites fewer reports than its retrieval matched; empty otherwise. */
    static Optional<More> of(Retrieval r, Answer answer) {
        boolean listed = r.verdict() == Verdict.ANSWER || r.verdict() == Verdict.RELAXED
                || r.verdict() == Verdict.WIDENED;
        int count = r.matching() - answer.sources().size();
        if (!listed || answer.sources().isEmpty() || count <= 0 || r.understanding().intent() == Intent.METADATA) {
            return Optional.empty();
        }
        List<String> cited = answer.sources().stream().map(Source::id).toList();
        return BrowseLink.href(r, cited).map(href -> new More(count, href));
    }

    /** The answer with its link to the rest, when it has more. */
    static Answer attach(Retrieval r, Answer answer) {
        return of(r, answer).map(answer::withMore).orElse(answer);
    }
}
