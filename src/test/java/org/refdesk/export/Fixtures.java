package org.refdesk.export;

import java.util.List;
import org.refdesk.library.Publication;

/** Records whose text holds every character some export format treats specially. */
final class Fixtures {

    static final Publication PLAIN = new Publication("plain-1", "Caring for Trafficked Persons", "Guidance for health providers.",
            List.of("Worldwide"), List.of("Worldwide"), List.of("Cathy Zimmerman", "Ligia Kiss"),
            List.of("International Organization For Migration"), 2009, "Referral Mechanisms",
            "https://example.org/caring.pdf");

    static final Publication NASTY = new Publication("nasty-2",
            "Debt, \"bondage\" & 100% {forced} #labour_$ ~^\\ *bold* [link](x) <b>",
            "1. First line\nsecond line, with \"quotes\";\r\nER  - fake end\nTY  - JOUR",
            List.of("Côte d'Ivoire", "Viet Nam"), List.of("West Africa"), List.of("Zimmerman, C. et al."),
            List.of(), 2014, "=HYPERLINK(\"http://evil\")", null);

    static final Publication BARE = new Publication("bare-3", "Untitled notes", "", List.of(), List.of(), List.of(),
            List.of(), null, null, null);

    static final Publication SAME_AUTHOR_YEAR = new Publication("plain-4", "Another Zimmerman report", "Text.",
            List.of(), List.of(), List.of("Cathy Zimmerman"), List.of(), 2009, null, null);

    private Fixtures() {
    }
}
