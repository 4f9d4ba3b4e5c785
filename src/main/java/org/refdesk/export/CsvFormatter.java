package org.refdesk.export;

import java.util.List;
import org.refdesk.library.Publication;

/**
 * CSV after RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma, quote or line
 * break, inner quotes doubled. List values are joined with "; ". A field that a spreadsheet would run as
 * a formula (starting with =, +, -, @) is prefixed with an apostrophe. Thread-safe.
 */
final class CsvFormatter implements ExportFormat.Formatter {

    static final List<String> HEADER = List.of("id", "title", "authors", "year", "countries", "regions", "category",
            "url", "abstract");
    private static final String EOL = "\r\n";

    @Override
    public String format(List<Publication> publications) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (Publication p : publications) {
            row(out, List.of(p.id(), p.title(), String.join("; ", p.authors()),
                    p.year() == null ? "" : String.valueOf(p.year()), String.join("; ", p.countries()),
                    String.join("; ", p.regions()), p.category() == null ? "" : p.category(),
                    p.url() == null ? "" : p.url(), p.abstractText()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append(EOL);
    }

    static String field(String raw) {
        String value = !raw.isEmpty() && "=+-@".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
        if (value.matches("(?s).*[,\"\\r\\n].*")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
