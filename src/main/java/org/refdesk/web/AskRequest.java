package org.refdesk.web;

import java.util.List;

/** Body of {@code POST /api/ask}. */
public record AskRequest(String question, List<HistoryTurn> history, Filters filters) {

    /** One earlier turn of the conversation; an assistant turn may carry the ids of the reports it cited. */
    public record HistoryTurn(String role, String content, List<String> sources) {
    }

    /** Filters the asker set explicitly; all optional. */
    public record Filters(Integer yearFrom, Integer yearTo, List<String> countries, List<String> regions,
                          List<String> categories) {
    }
}
