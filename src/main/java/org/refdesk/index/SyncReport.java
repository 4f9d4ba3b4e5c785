package org.refdesk.index;

/** What one sync or ingest did to the index; {@code embedded} counts texts the model had to embed. */
public record SyncReport(int added, int updated, int removed, int unchanged, int embedded, long millis) {
}
