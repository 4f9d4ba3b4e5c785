package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.index.SearchFilter;

/**
 * When a question's evidence is only its closeness in meaning to reports that all share the place it sets as a
 * filter, or an everyday name it writes ("the World Cup"), that closeness may come from the name alone. Thread-safe.
 */
final class NamedMeaning {

    /**
     * Two or more capitalised words in a row: a name ("World Cup", "Home Office"), with the year written right
     * before or after it as part of it ("the 2022 World Cup", "World Cup 2022").
     */
    private static final Pattern EVERYDAY_NAME = Pattern.compile(
            "(?:\\b(?:19|20)\\d{2}\\s+)?(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+)+)(?:\\s+(?:19|20)\\d{2}\\b)?");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private NamedMeaning() {
    }

    /**
     * A topical question with a named scope that no answered report shares a distinctive word with, other than
     * everyday words ("who won the world cup in Qatar?": "world" and "cup" are in reports on Qatar's stadiums) and
     * the year of a name the question writes ("the 2022 World Cup").
     */
    static boolean restsOnNames(Understanding u, List<Candidate> answered) {
        return allPlaces(u, u.filter().scopes(), answered) && sharesOnlyNames(u, answered);
    }

    /**
     * A topical question, not a follow-up, that names no scope but an everyday name ("who won the 2022 World Cup
     * final?"), and no answered report shares a distinctive word with it other than everyday words and the name's
     * year: the reports on the World Cup sites share only the name.
     */
    static boolean restsOnEverydayName(Understanding u, List<Candidate> answered) {
        return u.topical() && !u.followUp() && u.focus().isEmpty() && u.filter().scopes().isEmpty()
                && !everydayNames(u.question()).isEmpty() && sharesOnlyNames(u, answered);
    }

    /** Whether the reports share with the question only everyday words, its scopes' names and its names' years. */
    private static boolean sharesOnlyNames(Understanding u, List<Candidate> answered) {
        Set<String> namedYears = new HashSet<>();
        everydayNames(u.question())
                .forEach(name -> YEAR.matcher(name).results().forEach(y -> namedYears.add(y.group())));
        return answered.stream().allMatch(c -> c.matchedTerms().stream().allMatch(t -> LibraryWords.isEverydayWord(t)
                || ofScope(t, u.filter().scopes()) || namedYears.contains(t)));
    }

    /**
     * A topical question, not a follow-up, that names places (as a filter or a preference) some answered report is
     * filed under, and no other name.
     */
    static boolean namesOnlyPlaces(Understanding u, List<Candidate> answered) {
        return allPlaces(u, names(u), answered);
    }

    /** A topical question, not a follow-up, with scopes that are all places some answered report is filed under. */
    private static boolean allPlaces(Understanding u, List<SearchFilter.Scope> scopes, List<Candidate> answered) {
        return u.topical() && !u.followUp() && u.focus().isEmpty() && !scopes.isEmpty()
                && scopes.stream().allMatch(scope -> isPlace(scope, answered));
    }

    /** The scopes a question names, as a filter or as a preference. */
    private static List<SearchFilter.Scope> names(Understanding u) {
        List<SearchFilter.Scope> named = new ArrayList<>(u.filter().scopes());
        named.addAll(u.preferred());
        return named;
    }

    /** Whether a report shares an uncommon word with the question besides the names of its scopes. */
    static boolean hasTopicEvidence(Candidate c, List<SearchFilter.Scope> scopes) {
        return c.matchedTerms().stream().anyMatch(t -> !LibraryWords.isEverydayWord(t) && !ofScope(t, scopes));
    }

    /** A matched term that is (the stem of) a word of a scope's name: "brazil" in "who won the cup in Brazil?". */
    private static boolean ofScope(String term, List<SearchFilter.Scope> scopes) {
        return scopes.stream().flatMap(s -> s.phrases().stream())
                .flatMap(phrase -> Arrays.stream(phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
                .anyMatch(word -> !word.isEmpty() && word.startsWith(term));
    }

    /** A scope some answered report is filed under as a country or region (not an author or organisation). */
    static boolean isPlace(SearchFilter.Scope scope, List<Candidate> answered) {
        return answered.stream().map(Candidate::publication).anyMatch(p -> ScopeFocus.filed(p, scope.values()));
    }

    /**
     * The question's meaning text with the phrases of its scopes, and the years it filters on, taken out; in a
     * question that also asks with a word no record uses ("won"), also without the names made of everyday words that
     * it writes in capitals or that the answered reports write as names mid-sentence ("who won the world cup in
     * qatar?": the reports write "World Cup"). Such a name is not the topic asked about; "Forced Labour in Qatar"
     * typed in capitals, with no such word, keeps its words.
     */
    static String withoutNames(Understanding u, List<Candidate> answered) {
        String text = u.meaningText();
        if (u.filter().yearFrom() != null || u.filter().yearTo() != null) {
            // the years asked are a filter too: every report in it was published then
            text = YEAR.matcher(text).replaceAll(" ");
        }
        for (SearchFilter.Scope scope : names(u)) {
            for (String phrase : scope.phrases()) {
                text = without(text, phrase);
            }
        }
        if (u.absentCommon() > 0) {
            Set<String> names = new LinkedHashSet<>(everydayNames(text));
            answered.forEach(c -> names.addAll(everydayNames(c.publication().abstractText())));
            for (String name : names) {
                text = without(text, name);
            }
        }
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The text with each whole-word occurrence of the phrase, in any case, replaced by a space. */
    private static String without(String text, String phrase) {
        return Pattern.compile("(?i)\\b" + Pattern.quote(phrase) + "\\b").matcher(text).replaceAll(" ");
    }

    /**
     * Runs of capitalised everyday words not at the start of the text ("World Cup", "Home Office"), each with the
     * year written next to it.
     */
    private static List<String> everydayNames(String text) {
        List<String> out = new ArrayList<>();
        Matcher name = EVERYDAY_NAME.matcher(text);
        while (name.find()) {
            if (name.start() > 0 && Arrays.stream(name.group(1).split("\\s+")).allMatch(LibraryWords::isEverydayWord)) {
                out.add(name.group());
            }
        }
        return out;
    }
}
