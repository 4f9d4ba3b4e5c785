package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.List;
import org.refdesk.index.SearchFilter;

/**
 * One {@code scope} parameter of a browse link: something a question named (a place, person, organisation)
 * with the record values and text phrases that stand for it, written
 * {@code label|v:value|v:value|p:phrase}; a {@code |} or {@code \} inside a part is escaped with {@code \}.
 * Stateless.
 */
final class ScopeParam {

    static final int MAX_SCOPES = 10;
    static final int MAX_PARTS = 100;
    static final int MAX_LENGTH = 4000;

    private ScopeParam() {
    }

    static String format(SearchFilter.Scope scope) {
        StringBuilder out = new StringBuilder(escape(scope.label()));
        scope.values().forEach(v -> out.append("|v:").append(escape(v)));
        scope.phrases().forEach(p -> out.append("|p:").append(escape(p)));
        return out.toString();
    }

    static List<SearchFilter.Scope> parseAll(List<String> params) {
        List<String> given = params.stream().filter(p -> !p.isBlank()).toList();
        if (given.size() > MAX_SCOPES) {
            throw new BadBrowseQuery("scope may be given at most " + MAX_SCOPES + " times, not " + given.size());
        }
        return given.stream().map(ScopeParam::parse).toList();
    }

    static SearchFilter.Scope parse(String param) {
        if (param.length() > MAX_LENGTH) {
            throw new BadBrowseQuery("scope must be at most " + MAX_LENGTH + " characters");
        }
        List<String> parts = split(param);
        if (parts.size() > MAX_PARTS + 1) {
            throw new BadBrowseQuery("scope may have at most " + MAX_PARTS + " values and phrases");
        }
        List<String> values = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String part : parts.subList(1, parts.size())) {
            if (part.startsWith("v:") && part.length() > 2) {
                values.add(part.substring(2));
            } else if (part.startsWith("p:") && part.length() > 2) {
                phrases.add(part.substring(2));
            } else {
                throw new BadBrowseQuery("scope parts after the label must start with v: (a value) or p: (a phrase)");
            }
        }
        if (values.isEmpty() && phrases.isEmpty()) {
            throw new BadBrowseQuery("scope needs at least one v: value or p: phrase after its label");
        }
        return new SearchFilter.Scope(parts.get(0), values, phrases);
    }

    private static String escape(String part) {
        return part.replace("\\", "\\\\").replace("|", "\\|");
    }

    private static List<String> split(String param) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < param.length(); i++) {
            char c = param.charAt(i);
            if (c == '\\' && i + 1 < param.length()) {
                part.append(param.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
