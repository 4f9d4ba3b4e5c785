package org.refdesk.answer.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's answer in code before anyone sees it: removes Markdown images, raw HTML, links and
 * bare URLs (nothing may point outside refdesk), drops citation numbers that are not among the given
 * sources, renumbers the rest 1..k in order of first citation, and says why an answer is unusable (no
 * valid citation, a refusal, nothing left). Pure functions; thread-safe.
 */
public final class CitationChecker {

    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?(</\\1\\s*>|$)");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?(-->|$)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\s*(\\([^)]*\\)|\\[[^\\]]*])");
    private static final Pattern LINK_DEFINITION = Pattern.compile("(?m)^ {0,3}\\[[^\\]]+]:\\s*\\S+.*$");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)]*)\\)");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^<>]*>|<[a-z][a-z0-9+.-]*:[^<>\\s]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b(?:(?:https?|ftp|file)://|www\\.)(?:[^\\s<>\\]]*[^\\s<>\\].,;:!?'\"”)])?"
            + "|\\b(?:javascript|data|vbscript):[^\\s<>\\]]+");
    private static final Pattern NAMED_CITATION =
            Pattern.compile("(?i)\\[(?:sources?|src|ref|report)\\s*#?\\s*([\\d,;\\s–-]+)]");
    private static final Pattern CITATION_GROUP = Pattern.compile("\\[(\\d{1,3}(?:\\s*[,;–-]\\s*\\d{1,3})*)]");
    private static final Pattern CITATION = Pattern.compile("\\[(\\d+)]");
    private static final Pattern REFUSAL = Pattern.compile("(?is)NO_ANSWER|^\\W*(?:i'?m sorry|sorry|i "
            + "(?:cannot|can't|can not"
            + "|am unable to|'m unable to|am not able to|do not|don't) (?:answer|find|help|provide|know|see)"
            + "|(?:the|these) (?:provided |given )?sources? (?:do|does) not|there is no information|i have no "
            + "information)");

    /** The answer with unsafe markup and out-of-range citations removed; the model's numbers are kept. */
    public String clean(String raw, int sourceCount) {
        String t = raw == null ? "" : raw;
        t = SCRIPT.matcher(t).replaceAll("");
        t = COMMENT.matcher(t).replaceAll("");
        t = IMAGE.matcher(t).replaceAll("");
        t = LINK_DEFINITION.matcher(t).replaceAll("");
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1).matches("\\d+") ? "[" + m.group(1) + "]" : m.group(1)));
        t = TAG.matcher(t).replaceAll("");
        t = URL.matcher(t).replaceAll("");
        t = NAMED_CITATION.matcher(t).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(1).strip() + "]"));
        t = CITATION_GROUP.matcher(t).replaceAll(m -> Matcher.quoteReplacement(valid(m.group(1), sourceCount)));
        return tidy(t);
    }

    /** Cleans, renumbers and judges an answer written from {@code sourceCount} numbered sources. */
    public Checked check(String raw, int sourceCount) {
        String cleaned = clean(raw, sourceCount).strip();
        Map<Integer, Integer> renumber = new LinkedHashMap<>();
        Matcher m = CITATION.matcher(cleaned);
        while (m.find()) {
            renumber.putIfAbsent(Integer.parseInt(m.group(1)), renumber.size() + 1);
        }
        String text = CITATION.matcher(cleaned).replaceAll(c ->
                "[" + renumber.get(Integer.parseInt(c.group(1))) + "]");
        text = text.replaceAll("(\\[\\d+])(\\s*\\1)+", "$1");
        String problem = text.isBlank() ? "empty answer"
                : REFUSAL.matcher(text).find() ? "the model declined to answer"
                : renumber.isEmpty() ? "no valid citation" : null;
        return new Checked(text, new ArrayList<>(renumber.keySet()), problem);
    }

    /** Whether a partial answer already cites a given source and does not read as a refusal. */
    boolean looksGrounded(String cleaned) {
        return CITATION.matcher(cleaned).find() && !REFUSAL.matcher(cleaned).find();
    }

    private static String valid(String group, int sourceCount) {
        StringBuilder out = new StringBuilder();
        for (String part : group.split("\\s*[,;]\\s*")) {
            String[] range = part.split("\\s*[–-]\\s*");
            int from = Integer.parseInt(range[0]);
            int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
            for (int n = from; n <= to && to - from < 10; n++) {
                if (n >= 1 && n <= sourceCount) {
                    out.append('[').append(n).append(']');
                }
            }
        }
        return out.toString();
    }

    private static String tidy(String t) {
        return t.replaceAll("\\(\\s*\\)", "")
                .replaceAll("[ \\t]+([.,;:!?])", "$1")
                .replaceAll("[ \\t]{2,}", " ")
                .replaceAll("(?m)[ \\t]+$", "")
                .replaceAll("\\n{3,}", "\n\n");
    }

    /**
     * A checked answer.
     *
     * @param text the answer with citations renumbered 1..k
     * @param cited the original source numbers, in the order of the new numbers (cited.get(0) became [1])
     * @param problem why the answer must not be used, or null when it may
     */
    public record Checked(String text, List<Integer> cited, String problem) {
        public Checked {
            cited = List.copyOf(cited);
        }

        public boolean usable() {
            return problem == null;
        }
    }
}
