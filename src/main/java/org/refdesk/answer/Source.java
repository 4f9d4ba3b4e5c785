package org.refdesk.answer;

import java.util.List;
import org.refdesk.library.Publication;

/** A report an answer cites: {@code n} is the number used for it in the answer text. */
public record Source(int n, String id, String title, Integer year, List<String> authors, List<String> countries,
                     List<String> regions, String category, String snippet) {
    public Source {
        authors = List.copyOf(authors);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
    }

    public static Source of(int n, Publication p, String snippet) {
        return new Source(n, p.id(), p.title(), p.year(), p.authors(), p.countries(), p.regions(), p.category(), snippet);
    }
}
