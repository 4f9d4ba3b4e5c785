package org.refdesk.web;

import java.util.List;
import org.refdesk.library.Publication;

/** The body of {@code GET /api/publications/{id}/similar}: the report asked about and those like it, closest first. */
record SimilarResponse(String id, List<Item> items) {
    SimilarResponse {
        items = List.copyOf(items);
    }

    /** A report like it: the cosine of the two record vectors and the facet values they share. */
    record Item(Publication publication, double similarity, List<String> shared) {
        Item {
            shared = List.copyOf(shared);
        }
    }
}
