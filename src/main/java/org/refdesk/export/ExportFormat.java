package org.refdesk.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.refdesk.library.Publication;

/**
 * The reading-list formats refdesk exports, each with its media type, file extension and formatter.
 * Thread-safe.
 */
public enum ExportFormat {
    RIS("application/x-research-info-systems; charset=utf-8", "ris", new RisFormatter()),
    BIBTEX("application/x-bibtex; charset=utf-8", "bib", new BibtexFormatter()),
    CSV("text/csv; charset=utf-8", "csv", new CsvFormatter()),
    MD("text/markdown; charset=utf-8", "md", new MarkdownFormatter()),
    JSONL("application/x-ndjson; charset=utf-8", "jsonl", new JsonLinesFormatter());

    private final String mediaType;
    private final String extension;
    private final Formatter formatter;

    ExportFormat(String mediaType, String extension, Formatter formatter) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.formatter = formatter;
    }

    /** The format named {@code ris}, {@code bibtex}, {@code csv}, {@code md} or {@code jsonl} (any case). */
    public static Optional<ExportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toUpperCase(Locale.ROOT);
        for (ExportFormat f : values()) {
            if (f.name().equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileName() {
        return "refdesk-reading-list." + extension;
    }

    public String format(List<Publication> publications) {
        return formatter.format(List.copyOf(publications));
    }

    /** Writes a list of publications as one document. */
    interface Formatter {
        String format(List<Publication> publications);
    }
}
