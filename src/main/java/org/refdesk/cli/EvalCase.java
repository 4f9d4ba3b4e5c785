package org.refdesk.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One evaluation question: {@code expect} lists title prefixes of the right reports (empty: the right
 * behaviour is to abstain); {@code all} asks for every one of them among the sources; {@code mention}
 * strings must appear in the answer; {@code kind} groups figures.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalCase(String id, String kind, String q, List<EvalTurn> history, List<String> expect, boolean all,
                       List<String> mention) {
    public EvalCase {
        history = List.copyOf(history == null ? List.of() : history);
        expect = List.copyOf(expect == null ? List.of() : expect);
        mention = List.copyOf(mention == null ? List.of() : mention);
        kind = kind == null || kind.isBlank() ? (history.isEmpty() ? "topic" : "follow-up") : kind;
    }

    /** One earlier turn; an assistant turn may carry the ids of the reports it cited. */
    public record EvalTurn(String role, String content, List<String> sources) {
    }
}
