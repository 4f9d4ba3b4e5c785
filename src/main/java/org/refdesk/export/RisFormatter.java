package org.refdesk.export;

import java.util.List;
import org.refdesk.library.Publication;

/**
 * RIS: one {@code TY  - RPRT} ... {@code ER  - } block per report, every line a two-letter tag, two
 * spaces, a dash and a space, lines ended with CRLF. Field values never hold a line break. Thread-safe.
 */
final class RisFormatter implements ExportFormat.Formatter {

    private static final String EOL = "\r\n";

    @Override
    public String format(List<Publication> publications) {
        StringBuilder out = new StringBuilder();
        for (Publication p : publications) {
            line(out, "TY", "RPRT");
            line(out, "ID", p.id());
            line(out, "TI", p.title());
            p.authors().forEach(a -> line(out, "AU", a));
            if (p.year() != null) {
                line(out, "PY", String.valueOf(p.year()));
            }
            if (!p.abstractText().isEmpty()) {
                line(out, "AB", p.abstractText());
            }
            p.countries().forEach(c -> line(out, "KW", c));
            p.regions().stream().filter(r -> !p.countries().contains(r)).forEach(r -> line(out, "KW", r));
            if (p.category() != null && !p.category().isBlank()) {
                line(out, "KW", p.category());
            }
            p.affiliations().forEach(a -> line(out, "PB", a));
            if (p.url() != null && !p.url().isBlank()) {
                line(out, "UR", p.url());
            }
            out.append("ER  - ").append(EOL);
            out.append(EOL);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(oneLine(value)).append(EOL);
    }

    /** A line break inside a value would start a bogus tag line. */
    static String oneLine(String value) {
        return value.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ").strip();
    }
}
