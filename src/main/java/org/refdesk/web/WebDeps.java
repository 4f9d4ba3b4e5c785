package org.refdesk.web;

import java.util.Objects;
import org.refdesk.answer.AskService;
import org.refdesk.retrieve.Catalog;

/** What the web layer needs, built by the App (or a test) and handed in. */
public record WebDeps(AskService ask, Catalog catalog, Readiness readiness, String modelId) {
    public WebDeps {
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(modelId, "modelId");
    }
}
