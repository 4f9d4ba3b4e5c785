package org.refdesk.export;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.refdesk.library.Publication;

/**
 * BibTeX: one {@code @techreport} per report with a unique ASCII key. Field values are wrapped in
 * braces; TeX's special characters are escaped, and a literal brace becomes a command (BibTeX counts
 * a backslashed brace as a brace too), so every value stays balanced and none can end its field early.
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
                field(out, "author", authors(p));
            }
            if (p.year() != null) {
                field(out, "year", String.valueOf(p.year()));
            }
            // no institution is invented for a record that names none (BibTeX then only warns); the value is
            // braced whole so that biblatex, which splits institution lists at " and ", reads it as written
            if (!p.affiliations().isEmpty()) {
                field(out, "institution", "{" + escape(String.join("; ", p.affiliations())) + "}");
            }
            if (!p.abstractText().isEmpty()) {
                field(out, "abstract", escape(p.abstractText()));
            }
            List<String> keywords = new ArrayList<>(p.countries());
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

    /**
     * Names joined with "and"; "et al." becomes BibTeX's "others". An organisation is braced whole, so
     * BibTeX and biblatex read one literal name instead of given names, a particle and a family name; a
     * person is written "Family, Given" (BibTeX's unambiguous form), braced if it holds " and ".
     */
    static String authors(Publication p) {
        AuthorName.Names names = AuthorName.of(p);
        List<String> out = new ArrayList<>();
        for (AuthorName name : names.names()) {
            if (name.isOrganisation()) {
                out.add("{" + escape(name.literal()) + "}");
            } else {
                String written = name.given().isEmpty() ? name.family() : name.family() + ", " + name.given();
                String escaped = escape(written);
                out.add(written.toLowerCase(Locale.ROOT).contains(" and ") ? "{" + escaped + "}" : escaped);
            }
        }
        if (names.others()) {
            out.add("others");
        }
        return String.join(" and ", out);
    }

    /**
     * First author's surname (an organisation's first word, or the first title word), the year, and a
     * letter when taken: {@code smith2017a}.
     */
    static String key(Publication p, Set<String> taken) {
        List<AuthorName> names = AuthorName.of(p).names();
        String word = names.isEmpty() ? firstWord(p.title())
                : names.get(0).isOrganisation() ? firstWord(names.get(0).literal()) : surname(names.get(0).family());
        String base = (word.isEmpty() ? "report" : word.toLowerCase(Locale.ROOT)) + (p.year() == null ? "" : p.year());
        String key = base;
        for (char c = 'a'; !taken.add(key); c++) {
            key = base + c;
        }
        return key;
    }

    /** "Cathy Zimmerman" and "Zimmerman, C. et al." both give "Zimmerman". */
    private static String surname(String name) {
        String plain = name.replaceAll("(?i),?\\s*et\\.? al\\.?$", "").strip();
        List<String> words = words(plain.contains(",") ? plain.substring(0, plain.indexOf(',')) : plain);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    private static String firstWord(String title) {
        List<String> words = words(title);
        return words.isEmpty() ? "" : words.get(0);
    }

    private static List<String> words(String text) {
        return Arrays.stream(ascii(text).split("[^A-Za-z0-9]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Escapes TeX specials; a backslash becomes a command so it cannot start one of its own. */
    static String escape(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : RisFormatter.oneLine(value).toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
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
