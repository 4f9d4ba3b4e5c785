package org.refdesk.export;

import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import org.refdesk.library.Publication;

/**
 * A publication as CSL item data: a report, organisations as literal names (rendered whole, never
 * split into given and family names), people as family and given names.
 */
final class CslItems {

    private CslItems() {
    }

    static CSLItemData item(Publication p) {
        CSLItemDataBuilder item = new CSLItemDataBuilder().id(p.id()).type(CSLType.REPORT).title(p.title());
        List<CSLName> authors = new ArrayList<>();
        for (AuthorName name : AuthorName.of(p).names()) {
            authors.add(name.isOrganisation() ? new CSLNameBuilder().literal(name.literal()).isInstitution(true).build()
                    : new CSLNameBuilder().family(name.family()).given(name.given().isEmpty() ? null : name.given())
                    .build());
        }
        if (!authors.isEmpty()) {
            item.author(authors.toArray(CSLName[]::new));
        }
        if (p.year() != null) {
            item.issued(p.year());
        }
        if (!p.affiliations().isEmpty()) {
            item.publisher(String.join("; ", p.affiliations()));
        }
        if (p.url() != null && !p.url().isBlank()) {
            item.URL(p.url());
        }
        return item.build();
    }
}
