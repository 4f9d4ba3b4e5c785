package org.refdesk.retrieve;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everyday words for doing something over again, in the form reports write it: "trafficked a second time",
 * "exploited again" are "re-trafficked", "re-trafficking", "re-exploited" (English makes the word with "re-", and
 * the records use that word). Stateless.
 */
final class Repetition {

    /** A past participle, perhaps one word between, and a word saying it happened again. */
    private static final Pattern AGAIN = Pattern.compile(
            "(?i)\\b(\\p{L}{3,}ed)(?:\\s+\\p{L}+)?\\s+(?:again|a second time|a 2nd time|twice|once more|anew)\\b");

    /**
     * "re-trafficked": the analyser stems it apart from "re-trafficking" (retrafficke, retraffick), the form reports
     * name the subject by.
     */
    private static final Pattern RE_DONE = Pattern.compile("(?i)\\bre-(\\p{L}{3,})ed\\b");

    private Repetition() {
    }

    /**
     * The "-ing" form of each "re-" word the text writes in the past ("re-trafficked": re-trafficking), which the
     * analyser stems apart; space-separated, empty if none.
     */
    static String ongoingForms(String text) {
        Set<String> out = new LinkedHashSet<>();
        String said = text.toLowerCase(Locale.ROOT);
        Matcher re = RE_DONE.matcher(text);
        while (re.find()) {
            String doing = "re-" + re.group(1).toLowerCase(Locale.ROOT) + "ing";
            if (!said.contains(doing)) {
                out.add(doing);
            }
        }
        return String.join(" ", out);
    }

    /**
     * The "re-" words for what the text says happened again ("re-trafficked"), space-separated; empty if none or
     * when the text itself uses them.
     */
    static String reWords(String text) {
        Set<String> out = new LinkedHashSet<>();
        String said = text.toLowerCase(Locale.ROOT);
        Matcher m = AGAIN.matcher(text);
        while (m.find()) {
            String done = m.group(1).toLowerCase(Locale.ROOT);
            String stem = done.substring(0, done.length() - 2);
            // "re-trafficking: why are survivors trafficked again?" already says it the records' way
            if (!said.contains("re-" + stem) && !said.contains("re" + stem)) {
                out.add("re-" + done);
                out.add("re-" + stem + "ing");
            }
        }
        return String.join(" ", out);
    }
}
