package org.refdesk.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * One report of the resource library, as parsed from a collection file. Immutable and thread-safe.
 *
 * @param id stable identifier: given by the source, or a slug of the title
 * @param year publication year, or {@code null} when the record has none
 * @param category the record's category, or the page heading it was listed under
 * @param affiliations organisations named next to authors, in order of first mention
 * @param url link to the report, when the source gives one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Publication(
        String id,
        String title,
        @JsonProperty("abstract") String abstractText,
        List<String> countries,
        List<String> regions,
        List<String> authors,
        List<String> affiliations,
        Integer year,
        String category,
        String url) {

    public Publication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        abstractText = abstractText == null ? "" : abstractText;
        countries = List.copyOf(countries == null ? List.of() : countries);
        regions = List.copyOf(regions == null ? List.of() : regions);
        authors = List.copyOf(authors == null ? List.of() : authors);
        affiliations = List.copyOf(affiliations == null ? List.of() : affiliations);
    }

    /** The text that is embedded and hashed: what the report is about. */
    public String searchableText() {
        return title + "\n" + abstractText;
    }
}
