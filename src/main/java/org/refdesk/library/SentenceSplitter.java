package org.refdesk.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an abstract into sentences: at '.', '!' or '?' followed by white space and a capital letter or
 * digit, and where a scraped page lost the space ("communities.The book"). Keeps abbreviations such as
 * "e.g." and initials ("Mary C. Burke") together. Stateless and thread-safe.
 */
public final class SentenceSplitter {

    private static final Pattern BOUNDARY =
            Pattern.compile("(?<=[.!?][\"'”’)]?)(\\s+|(?<=[a-z]{2}[.!?]))(?=[\"'“‘(]?[A-Z0-9])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(\\b(e\\.g|i\\.e|etc|vs|mr|mrs|ms|dr|prof|no|st|al|inc|ltd|co|u\\.s|u\\.k)|\\b[A-Z])\\.$");
    private static final int MIN_LENGTH = 3;

    public List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return sentences;
        }
        Matcher m = BOUNDARY.matcher(text);
        int start = 0;
        StringBuilder pending = new StringBuilder();
        while (m.find()) {
            String piece = text.substring(start, m.start());
            start = m.end();
            pending.append(pending.isEmpty() ? "" : " ").append(piece.strip());
            if (!ABBREVIATION.matcher(piece.strip()).find()) {
                add(sentences, pending.toString());
                pending.setLength(0);
            }
        }
        pending.append(pending.isEmpty() ? "" : " ").append(text.substring(start).strip());
        add(sentences, pending.toString());
        return sentences;
    }

    private static void add(List<String> sentences, String sentence) {
        String s = sentence.strip();
        if (s.length() >= MIN_LENGTH) {
            sentences.add(s);
        }
    }
}
