package org.refdesk.export;

import java.util.ArrayList;
import java.util.List;
import org.refdesk.library.Publication;

/**
 * Markdown: a heading and a numbered list, one report per item (bold title, then authors, year, places
 * and category), its abstract as an indented paragraph. Markdown and HTML characters in record text are
 * backslash-escaped so they show as written. Thread-safe.
 */
final class MarkdownFormatter implements ExportFormat.Formatter {

    private static final String SPECIAL = "\\`*_{}[]()<>#!|~&";

    @Override
    public String format(List<Publication> publications) {
        StringBuilder out = new StringBuilder("# Reading list\n\n");
        int n = 1;
        for (Publication p : publications) {
            out.append(n++).append(". **").append(escape(p.title())).append("**");
            List<String> meta = new ArrayList<>();
            if (!p.authors().isEmpty()) {
                meta.add(escape(String.join(", ", p.authors())));
            }
            if (p.year() != null) {
                meta.add(String.valueOf(p.year()));
            }
            List<String> places = new ArrayList<>(p.countries());
            p.regions().stream().filter(r -> !places.contains(r)).forEach(places::add);
            if (!places.isEmpty()) {
                meta.add(escape(String.join(", ", places)));
            }
            if (p.category() != null && !p.category().isBlank()) {
                meta.add(escape(p.category()));
            }
            if (!meta.isEmpty()) {
                out.append(" — ").append(String.join(" · ", meta));
            }
            out.append('\n');
            if (p.url() != null && !p.url().isBlank()) {
                out.append("   <").append(p.url().replace(">", "%3E").replace("<", "%3C").replace(" ", "%20"))
                        .append(">\n");
            }
            if (!p.abstractText().isEmpty()) {
                out.append("\n   ").append(escape(p.abstractText())).append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : RisFormatter.oneLine(value).toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        // text that opens a line could otherwise start a list item: "1. ", "- ", "+ "
        return out.toString().replaceFirst("^(\\d+)([.)])", "$1\\\\$2").replaceFirst("^([-+])", "\\\\$1");
    }
}
