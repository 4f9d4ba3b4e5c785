package org.refdesk.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link Publication} from named fields, as JSON Lines and CSV exports give them: every field
 * that {@code GET /api/publications/{id}} returns is taken back, so a record read from one refdesk
 * can be uploaded to another unchanged.
 */
final class FieldMapper {

    static final Set<String> FIELDS =
            Set.of("id", "title", "abstract", "countries", "regions", "authors", "affiliations", "year",
                    "category", "url");
    private static final int MAX_ECHO = 40;

    private FieldMapper() {
    }

    static Publication publication(Map<String, ?> fields) {
        for (String key : fields.keySet()) {
            if (!FIELDS.contains(key)) {
                String shown = key.length() > MAX_ECHO ? key.substring(0, MAX_ECHO) + "..." : key;
                throw new InvalidRecordException("unknown field '" + shown + "' (expected " + String.join(", ",
                        FIELDS.stream().sorted().toList()) + ")");
            }
        }
        String title = RecordFields.title(text(fields, "title"));
        String id = text(fields, "id");
        RecordFields.Authors authors = RecordFields.authors(list(fields, "authors"));
        // the record's own affiliations first, then any named in parentheses after an author
        List<String> affiliations = new ArrayList<>(list(fields, "affiliations"));
        affiliations.addAll(authors.affiliations());
        String url = text(fields, "url");
        if (!url.isEmpty() && !url.matches("(?i)https?://\\S+")) {
            throw new InvalidRecordException("url '" + url + "' is not an http(s) address");
        }
        String category = RecordFields.clean(text(fields, "category"));
        return new Publication(id.isEmpty() ? RecordFields.slug(title) : RecordFields.checkId(id), title,
                RecordFields.abstractText(text(fields, "abstract")),
                RecordFields.values(list(fields, "countries")), RecordFields.values(list(fields, "regions")),
                authors.names(), RecordFields.values(affiliations), RecordFields.year(text(fields, "year")),
                category.isEmpty() ? null : category, url.isEmpty() ? null : url);
    }

    private static String text(Map<String, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number) {
            return value.toString().strip();
        }
        throw new InvalidRecordException("field '" + name + "' must be a string, not " + kind(value));
    }

    private static List<String> list(Map<String, ?> fields, String name) {
        Object value = fields.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s) {
            return List.of(s.split("[;|]"));
        }
        if (value instanceof Collection<?> c) {
            List<String> out = new ArrayList<>();
            for (Object item : c) {
                if (!(item instanceof String s)) {
                    throw new InvalidRecordException("field '" + name + "' must hold strings, not " + kind(item));
                }
                out.add(s);
            }
            return out;
        }
        throw new InvalidRecordException("field '" + name + "' must be a list of strings or a string, not "
                + kind(value));
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof Collection) {
            return "a list";
        }
        return value instanceof Boolean ? "a boolean" : "a " + value.getClass().getSimpleName().toLowerCase();
    }
}
