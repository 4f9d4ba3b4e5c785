package org.refdesk.answer;

import java.util.List;
import org.refdesk.library.Publication;

/**
 * A report an answer cites: {@code n} is the number used for it in the answer text; {@code quotes} are the
 * places in its abstract of the sentences the answer quotes from it (empty when it quotes none verbatim).
 */
public record Source(int n, String id, String title, Integer year, List<String> authors, List<String> countries,
                     List<String> regions, String category, String snippet, List<Quote> quotes) {
    public Source {
        authors = List.copyOf(authors);
        countries = List.copyOf(countries);
        regions = List.copyOf(regions);
        quotes = List.copyOf(quotes == null ? List.of() : quotes);
    }

    public Source(int n, String id, String title, Integer year, List<String> authors, List<String> countries,
                  List<String> regions, String category, String snippet) {
        this(n, id, title, year, authors, countries, regions, category, snippet, List.of());
    }

    /** A report cited without quoting it. */
    public static Source of(int n, Publication p, String snippet) {
        return new Source(n, p.id(), p.title(), p.year(), p.authors(), p.countries(), p.regions(), p.category(),
                snippet);
    }

    /** A report the answer quotes these sentences from (the snippet when there are none). */
    public static Source quoting(int n, Publication p, List<String> sentences) {
        String snippet = sentences.isEmpty() ? ExtractiveComposer.snippet(p) : String.join(" ", sentences);
        return new Source(n, p.id(), p.title(), p.year(), p.authors(), p.countries(), p.regions(), p.category(),
                snippet, Quotes.locate(p.abstractText(), sentences));
    }

    public Source withQuotes(List<Quote> newQuotes) {
        return new Source(n, id, title, year, authors, countries, regions, category, snippet, newQuotes);
    }
}
