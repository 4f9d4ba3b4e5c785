package org.refdesk.export;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refdesk.library.Publication;

/**
 * BibTeX: one {@code @techreport} per report with a unique ASCII key. Field values are wrapped in
 * braces; TeX's special characters are escaped and braces balanced so no value can end its field early.
 * Thread-safe.
 */
final class BibtexFormatter implements ExportFormat.Formatter {

    @Override
    public String format(List<Publication> publications) {
        StringBuilder out = new StringBuilder();
        Set<String> keys = new HashSet<>();
        for (Publication p : publications) {
            out.append("@techreport{").append(key(p, keys)).append(",\n");
            field(out, "title", "{" + escape(p.title()) + "}");
            if (!p.authors().isEmpty()) {
                field(out, "author", String.join(" and ", p.authors().stream().map(BibtexFormatter::author).toList()));
            }
            if (p.year() != null) {
                field(out, "year", String.valueOf(p.year()));
            }
            field(out, "institution", p.affiliations().isEmpty() ? "Unknown" : escape(String.join("; ", p.affiliations())));
            if (!p.abstractText().isEmpty()) {
                field(out, "abstract", escape(p.abstractText()));
            }
            List<String> keywords = new java.util.ArrayList<>(p.countries());
            p.regions().stream().filter(r -> !keywords.contains(r)).forEach(keywords::add);
            if (p.category() != null && !p.category().isBlank()) {
                keywords.add(p.category());
            }
            if (!keywords.isEmpty()) {
                field(out, "keywords", escape(String.join(", ", keywords)));
            }
            if (p.url() != null && !p.url().isBlank()) {
                field(out, "url", url(p.url()));
            }
            out.setLength(out.length() - 2);
            out.append("\n}\n\n");
        }
        return out.toString();
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** A single-word name (an organisation) is braced so BibTeX does not split it into first and last. */
    private static String author(String name) {
        String escaped = escape(name);
        return name.contains(",") || name.contains(" and ") ? "{" + escaped + "}" : escaped;
    }

    /** First author's surname (or first title word), the year, and a letter when taken: {@code smith2017a}. */
    static String key(Publication p, Set<String> taken) {
        String source = p.authors().isEmpty() ? p.title() : p.authors().get(0);
        List<String> words = java.util.Arrays.stream(ascii(source).split("[^A-Za-z0-9]+"))
                .filter(w -> !w.isEmpty()).toList();
        String word = words.isEmpty() ? "" : p.authors().isEmpty() ? words.get(0) : words.get(words.size() - 1);
        String base = (word.isEmpty() ? "report" : word.toLowerCase(Locale.ROOT)) + (p.year() == null ? "" : p.year());
        String key = base;
        for (char c = 'a'; !taken.add(key); c++) {
            key = base + c;
        }
        return key;
    }

    /** Escapes TeX specials; a backslash becomes a command so it cannot start one of its own. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : RisFormatter.oneLine(value).toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\{");
                case '}' -> out.append("\\}");
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                case '<' -> out.append("\\textless{}");
                case '>' -> out.append("\\textgreater{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** URLs keep their characters (url fields are verbatim) but may not unbalance the braces. */
    private static String url(String url) {
        return url.replace("{", "%7B").replace("}", "%7D").replace("\\", "%5C").replaceAll("\\s", "%20");
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    }
}
