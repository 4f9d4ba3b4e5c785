package org.refdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.SimilarReports;
import org.refdesk.retrieve.Turn;
import org.refdesk.retrieve.SentencePicker;

/**
 * "More like [2]", "more like the second one", "more like this": a follow-up that asks for the reports
 * nearest to one the last answer cited (by the ids the client sent back with it; "this" is the first).
 * Answered from {@link SimilarReports}, never citing the report asked about; "more like this for other countries"
 * puts the reports filed only under the report's own countries last. Anything else, or a history
 * without cited ids, is left to the ordinary answer. Thread-safe.
 */
public final class MoreLikeFollowUp {

    static final int COUNT = 5;
    private static final Pattern MORE_LIKE = Pattern.compile("(?i)^\\W*(?:(?:show me|find|give me|anything|any)\\s+)?"
            + "(?:more|others?|some more|reports?)\\s+like\\s+(?:\\[(\\d{1,2})]|(?:the\\s+)?(first|second|third|fourth|"
            + "fifth|sixth|seventh|eighth|last|1st|2nd|3rd|4th|5th|6th|7th|8th)(?:\\s+(?:one|report|study|paper))?|"
            + "(?:number|no\\.?|#)\\s*(\\d{1,2})|(this|that|it)(?:\\s+(?:one|report|study|paper))?)"
            + "(?<elsewhere>,?\\s*(?:but\\s+)?(?:(?:for|in|from|on|about)\\s+(?:other|different)\\s+(?:countries|places"
            + "|regions|parts\\s+of\\s+the\\s+world)|(?:from\\s+)?elsewhere))?\\W*$");
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth");
    private final SimilarReports similar;
    private final SentencePicker picker;
    private final AnswerTemplates templates = new AnswerTemplates();

    public MoreLikeFollowUp(SimilarReports similar, SentencePicker picker) {
        this.similar = Objects.requireNonNull(similar, "similar");
        this.picker = Objects.requireNonNull(picker, "picker");
    }

    /** The answer when the question asks for more like a report the last answer cited; empty otherwise. */
    public Optional<Answer> answer(Question question) {
        List<String> cited = lastCited(question.history());
        int which = which(question.text(), cited.size());
        if (which < 0) {
            return Optional.empty();
        }
        String id = cited.get(which);
        boolean elsewhere = elsewhere(question.text());
        Optional<List<SimilarReports.Similar>> found = elsewhere ? similar.elsewhere(id, COUNT)
                : similar.similar(id, COUNT);
        Optional<float[]> vector = similar.vector(id);
        if (found.isEmpty() || vector.isEmpty()) {
            return Optional.empty();
        }
        Publication of = similar.find(id).orElseThrow();
        StringBuilder text = new StringBuilder(elsewhere ? templates.moreLikeElsewhere(of, found.get().size())
                : templates.moreLike(of, found.get().size()));
        List<Source> sources = new ArrayList<>();
        for (SimilarReports.Similar s : found.get()) {
            int n = sources.size() + 1;
            List<String> sentences = picker.pick(s.publication().id(), vector.get(), List.of(), Set.of(), 1);
            text.append(' ').append(templates.item(s.publication(), sentences, n));
            sources.add(Source.quoting(n, s.publication(), sentences));
        }
        return Optional.of(new Answer(text.toString(), sources, List.of(), false, "extractive", List.of(), null));
    }

    /** Which cited report (0-based) the question asks for more like, or -1 when it does not ask that. */
    static int which(String text, int cited) {
        Matcher m = MORE_LIKE.matcher(text.strip());
        if (cited == 0 || !m.matches()) {
            return -1;
        }
        int i;
        if (m.group(1) != null || m.group(3) != null) {
            i = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3)) - 1;
        } else if (m.group(2) != null) {
            String word = m.group(2).toLowerCase(Locale.ROOT);
            i = word.equals("last") ? cited - 1
                    : Character.isDigit(word.charAt(0)) ? word.charAt(0) - '1' : ORDINALS.indexOf(word);
        } else {
            i = 0;
        }
        return i >= 0 && i < cited ? i : -1;
    }

    /** Whether a "more like" question asks for reports on other places than the report's own. */
    static boolean elsewhere(String text) {
        Matcher m = MORE_LIKE.matcher(text.strip());
        return m.matches() && m.group("elsewhere") != null;
    }

    private static List<String> lastCited(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).fromUser()) {
                return history.get(i).sources();
            }
        }
        return List.of();
    }
}
