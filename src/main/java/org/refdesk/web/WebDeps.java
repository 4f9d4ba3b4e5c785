package org.refdesk.web;

import java.util.Objects;
import java.util.function.LongSupplier;
import org.refdesk.answer.AskService;
import org.refdesk.retrieve.Catalog;

/**
 * What the web layer needs, built by the App (or a test) and handed in.
 *
 * @param policy limits, Host check and admin token
 * @param admin the library changes the admin API may make
 * @param queryCacheHits how many query embeddings came from the cache, for {@code /metrics}
 */
public record WebDeps(AskService ask, Catalog catalog, Readiness readiness, String modelId, WebPolicy policy,
                      LibraryAdmin admin, LongSupplier queryCacheHits) {
    public WebDeps {
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(readiness, "readiness");
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(admin, "admin");
        Objects.requireNonNull(queryCacheHits, "queryCacheHits");
    }

    /** Default limits, no admin API. */
    public WebDeps(AskService ask, Catalog catalog, Readiness readiness, String modelId) {
        this(ask, catalog, readiness, modelId, WebPolicy.DEFAULT, LibraryAdmin.NONE, () -> 0);
    }
}
