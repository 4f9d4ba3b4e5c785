package org.refdesk.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The field's acronyms and what reports write in full ("TIP": trafficking in persons), from
 * {@code acronyms.tsv}: a question that uses one is also searched for its full form. Matched only as written,
 * so "a tip" is never "trafficking in persons". Immutable and thread-safe.
 */
final class Acronyms {

    /** In the table's order, so a question's expansion reads the same on every run. */
    private final Map<Pattern, String> fullForms;

    private Acronyms(Map<Pattern, String> fullForms) {
        this.fullForms = Collections.unmodifiableMap(new LinkedHashMap<>(fullForms));
    }

    /** The bundled table. */
    static Acronyms bundled() {
        Map<Pattern, String> forms = new LinkedHashMap<>();
        try (InputStream in = Acronyms.class.getResourceAsStream("acronyms.tsv")) {
            if (in == null) {
                throw new IllegalStateException("resource acronyms.tsv is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int line = 0;
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                line++;
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cells = row.split("\t");
                if (cells.length != 2 || cells[0].isBlank() || cells[1].isBlank()) {
                    throw new IllegalStateException("acronyms.tsv line " + line + ": expected 'ACRONYM<tab>full form'");
                }
                forms.put(Pattern.compile("\\b" + Pattern.quote(cells[0].strip()) + "\\b"), cells[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read acronyms.tsv", e);
        }
        return new Acronyms(forms);
    }

    /** The full forms of the acronyms the text uses, space-separated; empty when it uses none. */
    String fullForms(String text) {
        StringBuilder out = new StringBuilder();
        fullForms.forEach((acronym, full) -> {
            if (acronym.matcher(text).find()) {
                out.append(' ').append(full);
            }
        });
        return out.toString().strip();
    }
}
