package org.refdesk.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Field rules shared by every collection format: ids, years, authors, list values. */
public final class RecordFields {

    private static final Pattern AFFILIATION = Pattern.compile("^(.*?)\\s*\\(([^()]+)\\)\\s*$");
    private static final Pattern EDITED_BY = Pattern.compile("^(edited by|ed\\.|eds\\.)\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern ET_AL = Pattern.compile("\\bet\\.?\\s+al\\.?", Pattern.CASE_INSENSITIVE);
    private static final int MIN_YEAR = 1800;
    private static final int MAX_YEAR = 2100;
    private static final int MAX_TITLE = 1000;
    private static final int MAX_ABSTRACT = 20_000;

    private RecordFields() {
    }

    /** A stable id from a title: lower-case ASCII words joined by dashes, at most 80 characters. */
    public static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 80) {
            slug = slug.substring(0, 80).replaceAll("-[^-]*$", "");
        }
        if (slug.isEmpty()) {
            throw new InvalidRecordException("title '" + title + "' gives no usable id");
        }
        return slug;
    }

    public static String checkId(String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}")) {
            throw new InvalidRecordException("id '" + id + "' must be 1-128 letters, digits, '.', '_', ':' or '-'");
        }
        return id;
    }

    public static Integer year(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.strip();
        if (!value.matches("\\d{4}")) {
            throw new InvalidRecordException("year '" + value + "' is not a four-digit year");
        }
        int year = Integer.parseInt(value);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidRecordException("year " + year + " is outside " + MIN_YEAR + "-" + MAX_YEAR);
        }
        return year;
    }

    public static String title(String raw) {
        String title = clean(raw);
        if (title.isEmpty()) {
            throw new InvalidRecordException("record has no title");
        }
        if (title.length() > MAX_TITLE) {
            throw new InvalidRecordException("title is longer than " + MAX_TITLE + " characters");
        }
        return title;
    }

    public static String abstractText(String raw) {
        String text = clean(raw);
        if (text.length() > MAX_ABSTRACT) {
            throw new InvalidRecordException("abstract is longer than " + MAX_ABSTRACT + " characters");
        }
        return text;
    }

    /** Collapses white space and drops control characters. */
    public static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        return raw.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
    }

    public static List<String> values(List<String> raw) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String value : raw) {
            String v = clean(value);
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** Author lines split into names and affiliations: "Jane Doe (Walk Free Foundation)". */
    public static Authors authors(List<String> lines) {
        List<String> names = new ArrayList<>();
        LinkedHashSet<String> affiliations = new LinkedHashSet<>();
        for (String line : values(lines)) {
            String name = line;
            Matcher m = AFFILIATION.matcher(line);
            if (m.matches()) {
                name = m.group(1);
                affiliations.add(m.group(2).strip());
            }
            name = ET_AL.matcher(EDITED_BY.matcher(name).replaceFirst("")).replaceAll("et al.").strip();
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new Authors(names, List.copyOf(affiliations));
    }

    /** Names and organisations of a record's authors. */
    public record Authors(List<String> names, List<String> affiliations) {
        public Authors {
            names = List.copyOf(names);
            affiliations = List.copyOf(affiliations);
        }
    }
}
