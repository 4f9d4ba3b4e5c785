package org.refdesk.retrieve;

import java.util.Locale;
import org.refdesk.library.Publication;

/**
 * The name a report shares with the other editions of its series: its title without years and edition
 * numbers ("Trafficking in Persons Report 2021" and "Trafficking in Persons Report 20th Edition" are one
 * series). Stateless.
 */
final class Series {

    private Series() {
    }

    /** The title without years, edition numbers and the word "edition", as written. */
    static String name(Publication p) {
        return p.title().replaceAll("(?i)\\b(\\d+(st|nd|rd|th)?|edition|editions)\\b", " ").replaceAll("\\s+", " ")
                .strip();
    }

    /** The series name for comparison: lower case, letters and spaces only. */
    static String key(Publication p) {
        return name(p).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").strip();
    }
}
