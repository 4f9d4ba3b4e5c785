package org.refdesk.retrieve;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step of several years from the cited report: "the edition two years after that" is +2, "the one from
 * three years earlier" is -3. Zero when the question names no such step. Thread-safe.
 */
final class YearsApart {

    private static final List<String> NUMBERS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");
    private static final Pattern STEP = Pattern.compile(
            "(?i)\\b(a|an|\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|"
            + "a few) years? (after|later|on|before|earlier|prior|previously)\\b");
    private static final int FEW = 3;

    private YearsApart() {
    }

    static int offset(String text) {
        Matcher m = STEP.matcher(text);
        if (!m.find()) {
            return 0;
        }
        int n = count(m.group(1).toLowerCase(Locale.ROOT));
        String way = m.group(2).toLowerCase(Locale.ROOT);
        boolean after = way.equals("after") || way.equals("later") || way.equals("on");
        return after ? n : -n;
    }

    private static int count(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        if (word.equals("a") || word.equals("an")) {
            return 1;
        }
        if (word.equals("a couple of")) {
            return 2;
        }
        return word.equals("a few") ? FEW : NUMBERS.indexOf(word);
    }
}
