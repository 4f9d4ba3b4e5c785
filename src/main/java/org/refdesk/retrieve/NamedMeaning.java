package org.refdesk.retrieve;

import java.util.List;
import java.util.regex.Pattern;
import org.refdesk.index.SearchFilter;

/**
 * When a question's evidence is only its closeness in meaning to reports that all share the place or name it
 * sets as a filter, that closeness may come from the name alone. Thread-safe.
 */
final class NamedMeaning {

    private NamedMeaning() {
    }

    /** A topical question with a named scope that no answered report shares a distinctive word with. */
    static boolean restsOnNames(Understanding u, List<Candidate> answered) {
        return u.topical() && !u.followUp() && u.focus().isEmpty() && !u.filter().scopes().isEmpty()
                && answered.stream().allMatch(c -> c.matchedTerms().isEmpty());
    }

    /** The question's meaning text with the phrases of its scopes taken out. */
    static String withoutNames(Understanding u) {
        String text = u.meaningText();
        for (SearchFilter.Scope scope : u.filter().scopes()) {
            for (String phrase : scope.phrases()) {
                text = Pattern.compile("(?i)\\b" + Pattern.quote(phrase) + "\\b").matcher(text).replaceAll(" ");
            }
        }
        return text.replaceAll("\\s+", " ").strip();
    }
}
