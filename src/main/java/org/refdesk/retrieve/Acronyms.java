package org.refdesk.retrieve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The field's acronyms and what reports write in full ("TIP": trafficking in persons), from
 * {@code acronyms.tsv}: a question that uses one is also searched for its full form (as an expansion: the
 * acronym keeps its own weight, so "the 2022 TIP report" is not any report on trafficking in persons from
 * 2022). Matched only as written, so "a tip" is never "trafficking in persons". Immutable and thread-safe.
 */
final class Acronyms {

    private record Entry(String acronym, Pattern written, String fullForm) {
    }

    /** In the table's order, so a question's expansion reads the same on every run. */
    private final List<Entry> entries;

    private Acronyms(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The bundled table. */
    static Acronyms bundled() {
        List<Entry> entries = new ArrayList<>();
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
                String acronym = cells[0].strip();
                entries.add(new Entry(acronym, Pattern.compile("\\b" + Pattern.quote(acronym) + "\\b"),
                        cells[1].strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read acronyms.tsv", e);
        }
        return new Acronyms(entries);
    }

    /** The full forms of the acronyms the text uses, space-separated; empty when it uses none. */
    String fullForms(String text) {
        StringBuilder out = new StringBuilder();
        for (Entry e : entries) {
            if (e.written().matcher(text).find()) {
                out.append(' ').append(e.fullForm());
            }
        }
        return out.toString().strip();
    }

    /** The acronyms the text uses, in lower case: known words of the field, whether or not a record uses them. */
    Set<String> used(String text) {
        Set<String> out = new HashSet<>();
        for (Entry e : entries) {
            if (e.written().matcher(text).find()) {
                out.add(e.acronym().toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
