package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.library.Publication;
import org.refdesk.library.SentenceSplitter;

/**
 * What the conversation so far tells about a new question: the reports the last answer cited (by the ids
 * the client sent back with it; for a client that sends bare text, by the quoted titles refdesk's answers
 * carry, a title written out, or failing any title the one report the reply's words clearly describe), the
 * sentences it already quoted, and the last question that had a topic of its own. Stateless and thread-safe.
 */
final class Conversation {

    /** A title in curly quotes (which may hold straight ones: “Between "Victims" and…”) or in straight ones. */
    private static final Pattern QUOTED = Pattern.compile("“([^”]{8,300})”|\"([^\"“”]{8,300})\"");
    /**
     * Capitalised words, with the small words of titles, years, a subtitle's colon and commas between them, and
     * ordinals ("Trafficking in Persons Report 20th Edition").
     */
    private static final Pattern TITLE_RUN = Pattern.compile("\\p{Lu}[\\p{L}'’-]*(?:[:,]?\\s+(?:(?:of|and|for|in|on|"
            + "the|to|against|at|a|an|by|from|with|into|under|between|after|as|\\d{4}|\\d{1,3}(?:st|nd|rd|th))\\s+)*"
            + "\\p{Lu}[\\p{L}'’-]*)*(?:\\s+\\d{4})?");
    /** Titles longer than this are not looked for in a reply's text. */
    private static final int MAX_TITLE_WORDS = 12;
    /** Shorter parts of titles are too often the start of another name to be taken for a report. */
    private static final int MIN_SHORT_TITLE_WORDS = 3;
    /** A title's part before its colon may be this short when a year in brackets follows it. */
    private static final int MIN_DATED_TITLE_WORDS = 2;
    private static final Pattern DATED = Pattern.compile("\\s*\\((?:19|20)\\d{2}\\)");
    private final SentenceSplitter splitter = new SentenceSplitter();

    /** Reports cited by the last assistant turn, in the order they appear. */
    List<Publication> lastCited(List<Turn> history, ReportLookup lookup) {
        return cited(lastAssistant(history), lookup);
    }

    /** Reports cited by the assistant turn before the last one ("the other one" after a narrowing reply). */
    List<Publication> citedBefore(List<Turn> history, ReportLookup lookup) {
        Turn last = lastAssistant(history);
        return last == null ? List.of() : cited(lastAssistant(history.subList(0, history.lastIndexOf(last))), lookup);
    }

    private List<Publication> cited(Turn last, ReportLookup lookup) {
        if (last == null) {
            return List.of();
        }
        LinkedHashSet<Publication> cited = new LinkedHashSet<>();
        if (!last.sources().isEmpty()) {
            last.sources().forEach(id -> lookup.byId().apply(id).ifPresent(cited::add));
            return new ArrayList<>(cited);
        }
        Matcher m = QUOTED.matcher(last.content());
        while (m.find()) {
            String quoted = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            lookup.byTitle().apply(quoted).or(() -> lookup.byShortTitle().apply(quoted)).ifPresent(cited::add);
        }
        if (!cited.isEmpty()) {
            return new ArrayList<>(cited);
        }
        // a reply that writes the title out without quotes ("The Council of Europe Convention on… (2005) puts
        // victims' rights at its centre") is about the report it names first; failing a whole title, the part
        // before its colon ("the ILO's Ship to Shore Rights baseline research")
        List<Publication> named = named(last, lookup.byTitle());
        if (named.isEmpty()) {
            named = namedShort(last, lookup.byShortTitle());
        }
        // a reply that names no title at all is about the report it describes, when one stands out; not one whose
        // client said it cited nothing (a refusal names no report)
        return !named.isEmpty() ? named.stream().limit(1).toList()
                : last.sourcesSent() ? List.of() : lookup.byContent().apply(last.content()).stream().toList();
    }

    /**
     * Reports the last reply names in its text without citing them ("reviews the Modern Slavery Act 2015"): runs of
     * capitalised words (with the small words and years between them) that are a title of the library, whole.
     */
    List<Publication> namedInReply(List<Turn> history, ReportLookup lookup) {
        Turn last = lastAssistant(history);
        return last == null ? List.of() : named(last, lookup.byTitle());
    }

    private static List<Publication> named(Turn last, Function<String, Optional<Publication>> byTitle) {
        LinkedHashSet<Publication> named = new LinkedHashSet<>();
        for (Run run : titleRuns(last)) {
            String[] words = run.words();
            // "the Modern Slavery Act 2015 and the Scottish…": the title may be any stretch of the run that starts
            // and ends with a capitalised word or a year
            for (int from = 0; from < words.length; from++) {
                for (int to = words.length; to > from; to--) {
                    if (to - from <= MAX_TITLE_WORDS && Character.isUpperCase(words[from].charAt(0))
                            && !Character.isLowerCase(words[to - 1].charAt(0))) {
                        byTitle.apply(String.join(" ", Arrays.copyOfRange(words, from, to))).ifPresent(named::add);
                    }
                }
            }
        }
        return new ArrayList<>(named);
    }

    /**
     * Reports a reply names by the part of their title before the colon: a run of at least
     * {@value #MIN_SHORT_TITLE_WORDS} words, two of them capitalised, ending where the run ends ("the ILO's Ship to
     * Shore Rights baseline research"), so that the start of a longer name ("Modern Slavery" in "Modern Slavery Act
     * 2015") is not taken for one.
     */
    private static List<Publication> namedShort(Turn last, Function<String, Optional<Publication>> byShortTitle) {
        LinkedHashSet<Publication> named = new LinkedHashSet<>();
        for (Run run : titleRuns(last)) {
            String[] words = run.words();
            // "In Disposable People (1999) Kevin Bales argues…": a year in brackets after the run marks it as a title
            int shortest = run.dated() ? MIN_DATED_TITLE_WORDS : MIN_SHORT_TITLE_WORDS;
            for (int from = 0; from + shortest <= words.length; from++) {
                String[] part = Arrays.copyOfRange(words, from, words.length);
                if (part.length <= MAX_TITLE_WORDS && Character.isUpperCase(part[0].charAt(0))
                        && Arrays.stream(part).filter(w -> Character.isUpperCase(w.charAt(0))).count() >= 2) {
                    byShortTitle.apply(String.join(" ", part)).ifPresent(named::add);
                }
            }
        }
        return new ArrayList<>(named);
    }

    /** The words of each run of capitalised words ({@link #TITLE_RUN}) in the reply. */
    private static List<Run> titleRuns(Turn reply) {
        List<Run> runs = new ArrayList<>();
        String text = reply.content();
        Matcher m = TITLE_RUN.matcher(text);
        while (m.find()) {
            runs.add(new Run(m.group().strip().split("\\s+"), DATED.matcher(text).region(m.end(), text.length())
                    .lookingAt()));
        }
        return runs;
    }

    /** A run of capitalised words, and whether a year in brackets follows it ("Disposable People (1999)"). */
    private record Run(String[] words, boolean dated) {
    }

    /** What the last exchange said: the last assistant turn and the question before it; empty when none. */
    String lastExchange(List<Turn> history) {
        Turn last = lastAssistant(history);
        if (last == null) {
            return "";
        }
        int at = history.lastIndexOf(last);
        return at > 0 && history.get(at - 1).fromUser() ? history.get(at - 1).content() + " " + last.content()
                : last.content();
    }

    /** Sentences the assistant already said, so a follow-up can offer new ones. */
    Set<String> seenSentences(List<Turn> history) {
        Set<String> seen = new LinkedHashSet<>();
        for (Turn t : history) {
            if (!t.fromUser()) {
                for (String s : splitter.split(t.content().replaceAll("\\[\\d+]", ""))) {
                    seen.add(Understanding.sentenceKey(s));
                }
            }
        }
        return seen;
    }

    /** The most recent earlier user question that passes {@code hasTopic}, or null. */
    String lastTopicQuestion(List<Turn> history, Predicate<String> hasTopic) {
        for (int i = history.size() - 1; i >= 0; i--) {
            Turn t = history.get(i);
            if (t.fromUser() && hasTopic.test(t.content())) {
                return t.content();
            }
        }
        return null;
    }


    private static Turn lastAssistant(List<Turn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).fromUser()) {
                return history.get(i);
            }
        }
        return null;
    }
}
