package org.refdesk.retrieve;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.ScoredId;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

/**
 * The name a report shares with the other editions of its series: its title without years and edition
 * numbers ("Trafficking in Persons Report 2021" and "Trafficking in Persons Report 20th Edition" are one
 * series). Stateless.
 */
final class Series {

    /** How deep the search for a series' other editions goes. */
    private static final int DEPTH = 50;

    private Series() {
    }

    /** The title without years, edition numbers and the word "edition", as written. */
    static String name(Publication p) {
        return p.title().replaceAll("(?i)\\b(\\d+(st|nd|rd|th)?|edition|editions)\\b", " ").replaceAll("\\s+", " ")
                .strip();
    }

    /**
     * The editions of {@code p}'s series that {@code filter} lets through (with {@code p} itself when it does), in
     * the order a search for the series name ranks them.
     */
    static List<Publication> editions(IndexSearch search, Publication p, SearchFilter filter) {
        List<String> ids = search.lexical(name(p), filter, DEPTH).stream().map(ScoredId::id).toList();
        Map<String, Publication> found = search.publications(ids);
        String key = key(p);
        return ids.stream().map(found::get).filter(e -> e != null && key(e).equals(key)).toList();
    }

    /** The series name for comparison: lower case, letters and spaces only. */
    static String key(Publication p) {
        return name(p).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }
}
