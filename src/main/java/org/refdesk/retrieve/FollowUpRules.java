package org.refdesk.retrieve;

import static org.refdesk.retrieve.FollowUpWording.ABOUT_IT;
import static org.refdesk.retrieve.FollowUpWording.AN_ORGANISATION;
import static org.refdesk.retrieve.FollowUpWording.AUTHOR_PRONOUN;
import static org.refdesk.retrieve.FollowUpWording.ELSEWHERE;
import static org.refdesk.retrieve.FollowUpWording.IN_IT;
import static org.refdesk.retrieve.FollowUpWording.LATER;
import static org.refdesk.retrieve.FollowUpWording.NEXT;
import static org.refdesk.retrieve.FollowUpWording.NEXT_OF;
import static org.refdesk.retrieve.FollowUpWording.OLDER;
import static org.refdesk.retrieve.FollowUpWording.ONE;
import static org.refdesk.retrieve.FollowUpWording.ORDINAL;
import static org.refdesk.retrieve.FollowUpWording.OTHER;
import static org.refdesk.retrieve.FollowUpWording.OTHERS_OF_A_KIND;
import static org.refdesk.retrieve.FollowUpWording.PREVIOUS;
import static org.refdesk.retrieve.FollowUpWording.PREVIOUS_OF;
import static org.refdesk.retrieve.FollowUpWording.SELECTING;
import static org.refdesk.retrieve.FollowUpWording.SERIES;
import static org.refdesk.retrieve.FollowUpWording.SERIES_AFTER;
import static org.refdesk.retrieve.FollowUpWording.SERIES_BEFORE;
import static org.refdesk.retrieve.FollowUpWording.SERIES_END;
import static org.refdesk.retrieve.FollowUpWording.SERIES_FIRST;
import static org.refdesk.retrieve.FollowUpWording.THAT_KIND;
import static org.refdesk.retrieve.FollowUpWording.THE_OTHER;
import static org.refdesk.retrieve.FollowUpWording.THE_NAMED_ONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SearchFilter;
import org.refdesk.library.Publication;

/**
 * What a follow-up asks of the reports the last reply cited: one of them ("the second one", "the other
 * one"), their author's other work ("what else by the same author?"), others like them, older or newer ones,
 * one step away in a series ("the next year's report"), other reports about the one named first ("is there a
 * guide to it?"), or the cited ones themselves ("which of them is about Asia?", "who wrote it?"). Rules read
 * the wording; the ids come from the conversation. Thread-safe.
 */
final class FollowUpRules {

    private final PublicationIndex index;
    private final ReportLookup lookup;
    private final Conversation conversation;

    FollowUpRules(PublicationIndex index, ReportLookup lookup, Conversation conversation) {
        this.index = Objects.requireNonNull(index, "index");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.conversation = Objects.requireNonNull(conversation, "conversation");
    }

    /**
     * A follow-up as understanding sees it: the question, the conversation and the reports last cited, what it
     * wants to know ("authors", "year"), the names it sets as filters, the cited reports a word before "one" picks
     * ({@link #theNamedOne}), how many topic words it has, whether it names years, the years read so far, whether it
     * asks for newer ones, and whether it asks for similar ones.
     */
    record Asked(String text, List<Turn> history, List<Publication> cited, Set<String> wants, List<Mention> mentions,
                 List<String> namedOne, int topicTerms, boolean namesYears, Integer from, Integer to, boolean recent,
                 boolean similar, Vocabulary vocab) {
        Asked {
            cited = List.copyOf(cited);
            mentions = List.copyOf(mentions);
            namedOne = List.copyOf(namedOne);
            wants = Set.copyOf(wants);
        }

        /** The same follow-up, about some of the reports cited. */
        Asked about(List<Publication> meant) {
            return new Asked(text, history, meant, wants, mentions, namedOne, topicTerms, namesYears, from, to, recent,
                    similar, vocab);
        }
    }

    /**
     * What the follow-up reads as: the reports to answer from ({@code focus}), the ones to leave out, an author
     * whose other reports are asked for (or null), the year range, an order by year for a step in a series (or
     * null), and whether it asks for other reports about the one cited first.
     */
    record Reading(List<String> focus, List<String> exclude, Mention author, Integer from, Integer to,
                   Understanding.Order step, boolean aboutCited) {
        Reading {
            focus = List.copyOf(focus);
            exclude = List.copyOf(exclude);
        }

        /** Not a follow-up: nothing changes. */
        static Reading none(Integer from, Integer to) {
            return new Reading(List.of(), List.of(), null, from, to, null, false);
        }
    }

    Reading read(Asked asked) {
        // "is there an older version of that guide?" after a reply citing a protocol and a guide: older than the guide
        Asked a = asked.about(thatKind(asked));
        String text = a.text();
        List<Publication> cited = a.cited();
        List<String> all = cited.stream().map(Publication::id).toList();
        List<String> first = List.of(cited.get(0).id());
        boolean plain = a.wants().isEmpty();
        int ordinal = ordinal(text, cited.size());
        if (ordinal >= 0 && !a.similar()) {
            return focus(List.of(cited.get(ordinal).id()), a);
        }
        List<String> others = THE_OTHER.matcher(text).find() ? theOthers(a.history(), cited) : List.of();
        if (!others.isEmpty()) {
            return focus(others, a);
        }
        if (!a.namedOne().isEmpty()) {
            return focus(a.namedOne(), a);
        }
        if (AUTHOR_PRONOUN.matcher(text).find() && plain && !cited.get(0).authors().isEmpty()) {
            Mention author = CitedMaker.of(cited.get(0), AN_ORGANISATION.matcher(text).find(), a.vocab());
            if (author != null) {
                // "did he write anything after those two?": after the newest cited, before the oldest
                return new Reading(List.of(), all, author, CitedYears.laterFrom(a), CitedYears.earlierTo(a), null,
                        false);
            }
        }
        if (a.similar() && plain) {
            // "an older book along the same lines": like the cited ones, from before (or after) them
            return new Reading(List.of(), all, null, CitedYears.laterFrom(a), CitedYears.earlierTo(a), null, false);
        }
        boolean laterSet = LATER.matcher(text).find();
        boolean selecting = SELECTING.matcher(text).find() && !laterSet;
        if (!a.mentions().isEmpty() && plain && !selecting) {
            // "anything more recent in England?": the years still count from the cited reports
            Integer from = CitedYears.laterFrom(a);
            Integer to = CitedYears.earlierTo(a);
            boolean moved = !Objects.equals(from, a.from()) || !Objects.equals(to, a.to());
            return new Reading(List.of(), OTHER.matcher(text).find() || moved ? all : List.of(), null, from, to, null,
                    false);
        }
        List<String> mentioning = !a.namesYears() ? CitedYears.mentioning(text, cited) : List.of();
        if (selecting && plain && !mentioning.isEmpty()) {
            // a year that names no publication year names what the report covers
            return focus(mentioning, a);
        }
        if (selecting && plain) {
            return focus(CitedYears.byYear(text, cited).map(List::of).orElse(all), a);
        }
        boolean sameYears = !a.namesYears();
        int year = CitedYears.first(cited);
        if (laterSet && plain && sameYears && year > 0) {
            // "a later set of those estimates": the next edition after the report named first
            return new Reading(List.of(), first, null, CitedYears.max(a.from(), year + 1), a.to(),
                    Understanding.Order.OLDEST, false);
        }
        Matcher end = SERIES_END.matcher(text);
        Understanding.Order endOrder = !end.find() ? null : SERIES_FIRST.matcher(end.group(1)).matches()
                ? Understanding.Order.OLDEST : Understanding.Order.NEWEST;
        if (ABOUT_IT.matcher(text).find()
                && (QueryUnderstanding.hasPronoun(text) || DefiniteReference.namesRoleOfText(text))
                && !IN_IT.matcher(text).find()
                && plain && sameYears && a.topicTerms() > 0) {
            // "it" is the report named first; the others cited with it may be what is asked for, unless the
            // question looks beyond the places they cover; "is there a newer estimate than that?" counts from its year;
            // "is there a guide on it? the most recent one": the newest of those about it
            return new Reading(List.of(), ELSEWHERE.matcher(text).find() ? all : first, null, CitedYears.laterFrom(a),
                    CitedYears.earlierTo(a), endOrder, true);
        }
        if (endOrder != null && plain && sameYears) {
            // the edition asked for may be the cited one itself: nothing is left out
            return new Reading(List.of(), List.of(), null, a.from(), a.to(), endOrder, false);
        }
        boolean seriesBefore = SERIES_BEFORE.matcher(text).find() && sameYears && year > 0;
        boolean seriesAfter = SERIES_AFTER.matcher(text).find() && sameYears && year > 0;
        if ((SERIES.matcher(text).find() || seriesBefore || seriesAfter) && plain) {
            return new Reading(List.of(), first, null, seriesAfter ? CitedYears.max(a.from(), year + 1) : a.from(),
                    seriesBefore ? CitedYears.min(a.to(), year - 1) : a.to(), null, true);
        }
        int apart = YearsApart.offset(text);
        if (apart != 0 && plain && sameYears && year > 0) {
            // "the edition two years after that": the first edition from that year on (or before it)
            return apart > 0
                    ? new Reading(List.of(), first, null, CitedYears.max(a.from(), year + apart), a.to(),
                            Understanding.Order.OLDEST, false)
                    : new Reading(List.of(), first, null, a.from(), CitedYears.min(a.to(), year + apart),
                            Understanding.Order.NEWEST, false);
        }
        // "what was the previous estimate, and when?": the step, and then who made or when of the report stepped to
        boolean ofStep = plain || Set.of("year", "authors").containsAll(a.wants());
        if ((NEXT.matcher(text).find() || steps(NEXT_OF, text, cited.get(0))) && ofStep && sameYears && year > 0) {
            // one step from the report named first ("it"), whatever else was cited with it
            return new Reading(List.of(), first, null, CitedYears.max(a.from(), year + 1), a.to(),
                    Understanding.Order.OLDEST, false);
        }
        if ((PREVIOUS.matcher(text).find() || steps(PREVIOUS_OF, text, cited.get(0))) && ofStep && sameYears
                && year > 0) {
            return new Reading(List.of(), first, null, a.from(), CitedYears.min(a.to(), year - 1),
                    Understanding.Order.NEWEST, false);
        }
        // "anything older than those?", "anything more recent?" with no subject of their own: the cited series'
        // editions first when it has any, the one before them and the newest after them
        boolean bare = a.topicTerms() == 0;
        if (OLDER.matcher(text).find() && plain && sameYears) {
            return new Reading(List.of(), all, null, a.from(), CitedYears.beforeOldest(a.to(), cited),
                    bare ? Understanding.Order.NEWEST : null, false);
        }
        if (a.recent() && plain) {
            return new Reading(List.of(), all, null, CitedYears.max(a.from(), CitedYears.newest(cited) + 1), a.to(),
                    bare ? Understanding.Order.NEWEST : null, false);
        }
        boolean other = OTHER.matcher(text).find();
        if (OTHERS_OF_A_KIND.matcher(text).find() && plain && a.mentions().isEmpty()) {
            // "any other memoirs by survivors?": more of the kind the cited ones are, not them again
            return exclude(all, a);
        }
        if (other && plain && a.topicTerms() == 0 && a.mentions().isEmpty() && cited.size() > 1) {
            return focus(all.subList(1, all.size()), a);
        }
        // "which other organisation worked on it?": "other" asks about its makers, "it" is the cited report
        boolean aboutIt = !plain && QueryUnderstanding.hasPronoun(text);
        return !other || plain || aboutIt ? focus(all, a) : exclude(all, a);
    }

    /** The text without the words that point at the cited report's author ("the same author", "has she"). */
    static String withoutAuthorWords(String text) {
        return AUTHOR_PRONOUN.matcher(text).replaceAll(" ");
    }

    private static Reading focus(List<String> ids, Asked a) {
        return new Reading(ids, List.of(), null, a.from(), a.to(), null, false);
    }

    private static Reading exclude(List<String> ids, Asked a) {
        return new Reading(List.of(), ids, null, a.from(), a.to(), null, false);
    }

    /**
     * "What about the 2013 one?": the editions of the cited report's series from the years asked, when the
     * question asks for one report and the series has any; else none.
     */
    List<String> editionIn(String text, Publication cited, Integer from, Integer to) {
        return ONE.matcher(text).find() ? editions(cited, from, to) : List.of();
    }

    /** The other editions of the cited report's series from the years asked; none when it has no other. */
    List<String> editionsFrom(Publication cited, Integer from, Integer to) {
        return editions(cited, from, to).stream().filter(id -> !id.equals(cited.id())).toList();
    }

    /** The editions of the cited report's series (itself among them) from the years asked, by year or title year. */
    private List<String> editions(Publication cited, Integer from, Integer to) {
        SearchFilter years = SearchFilter.NONE.withYears(from, to).withTitleYears(true);
        return Series.editions(index.search(), cited, years).stream().map(Publication::id).toList();
    }

    /** "The previous index" after "The Global Slavery Index 2023": the word after the step is one of its title. */
    private static boolean steps(Pattern step, String text, Publication cited) {
        List<String> titleWords = List.of(cited.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
        Matcher m = step.matcher(text);
        while (m.find()) {
            String word = m.group(2).toLowerCase(Locale.ROOT);
            // "the previous estimate" of "Global Estimates of…": a title word in either number
            if (titleWords.contains(word) || titleWords.contains(word + "s")
                    || word.endsWith("s") && titleWords.contains(word.substring(0, word.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** "the second one", "the last report", "[3]": which cited report (0-based), or -1. */
    private static int ordinal(String text, int cited) {
        Matcher m = ORDINAL.matcher(text);
        if (!m.find()) {
            return -1;
        }
        String word = m.group(1) != null ? m.group(1) : m.group(2);
        int i = switch (word.toLowerCase(Locale.ROOT)) {
            case "first", "1st" -> 0;
            case "second", "2nd" -> 1;
            case "third", "3rd" -> 2;
            case "fourth", "4th" -> 3;
            case "fifth", "5th" -> 4;
            case "last" -> cited - 1;
            default -> word.matches("\\d+") ? Integer.parseInt(word) - 1 : -1;
        };
        return i >= 0 && i < cited && cited > 1 ? i : -1;
    }

    /**
     * "Who published the Indian one?", "who paid for the NORC one?": among the reports the last two replies cited,
     * those the word before "one" names (see {@link NamedCited}); none when it names none of them.
     */
    List<String> theNamedOne(String text, List<Turn> history, List<Publication> cited, Vocabulary vocab) {
        Matcher m = THE_NAMED_ONE.matcher(text);
        if (cited.isEmpty() || !m.find()) {
            return List.of();
        }
        List<Publication> pool = new ArrayList<>(cited);
        conversation.citedBefore(history, lookup).stream()
                .filter(p -> !pool.contains(p)).forEach(pool::add);
        return NamedCited.pick(m.group(1), pool, vocab);
    }

    /**
     * The cited reports "that guide" or "this handbook" picks out by a word of their own ({@link NamedCited}); all of
     * them when the words after "that" or "this" pick none or every one.
     */
    private static List<Publication> thatKind(Asked a) {
        Matcher m = THAT_KIND.matcher(a.text());
        while (a.cited().size() > 1 && m.find()) {
            Set<String> picked = Set.copyOf(NamedCited.pick(m.group(1), a.cited(), a.vocab()));
            if (!picked.isEmpty() && picked.size() < a.cited().size()) {
                return a.cited().stream().filter(p -> picked.contains(p.id())).toList();
            }
        }
        return a.cited();
    }

    /**
     * "The other one": the cited reports but the first when the last reply cited several; after a reply that
     * narrowed to one, the reports cited with it the turn before.
     */
    private List<String> theOthers(List<Turn> history, List<Publication> cited) {
        if (cited.size() > 1) {
            return cited.stream().skip(1).map(Publication::id).toList();
        }
        return conversation.citedBefore(history, lookup).stream()
                .filter(p -> !cited.contains(p))
                .map(Publication::id).toList();
    }

}
