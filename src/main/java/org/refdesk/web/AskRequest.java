package org.refdesk.web;

import java.util.List;
import org.refdesk.library.Filters;

/** Body of {@code POST /api/ask}; {@code filters} binds straight to the one {@link Filters} type. */
public record AskRequest(String question, List<HistoryTurn> history, Filters filters) {

    /** One earlier turn of the conversation; an assistant turn may carry the ids of the reports it cited. */
    public record HistoryTurn(String role, String content, List<String> sources) {
    }
}
