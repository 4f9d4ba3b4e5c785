package org.refdesk.web;

import java.util.regex.Pattern;

/**
 * What is left of a question once characters nobody can see are gone: control and format characters
 * (NUL, zero-width space, BOM...) are removed, and every kind of space or line separator (no-break space,
 * U+2028, NEL...) becomes one plain space. A question with no letter or digit left is refused, so a string
 * of invisible characters or dashes is never answered as though it asked something. Stateless.
 */
final class QuestionText {

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\t\\n\\r\\u0085]]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\u0085]+");
    private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}]");

    private QuestionText() {
    }

    /** The visible text of {@code raw}, or a 400 when there is none or it has no word in it. */
    static String clean(String raw) {
        String text = SPACES.matcher(INVISIBLE.matcher(raw).replaceAll("")).replaceAll(" ").strip();
        if (text.isEmpty()) {
            throw new ApiException(400, "question must not be empty");
        }
        if (!WORDLIKE.matcher(text).find()) {
            throw new ApiException(400, "question must contain at least one word");
        }
        return text;
    }
}
