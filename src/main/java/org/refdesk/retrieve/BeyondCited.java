package org.refdesk.retrieve;

import static org.refdesk.retrieve.QuestionWording.PEOPLE;
import static org.refdesk.retrieve.QuestionWording.PHENOMENON;
import static org.refdesk.retrieve.QuestionWording.PRONOUN;
import static org.refdesk.retrieve.QuestionWording.SAME_PEOPLE;
import static org.refdesk.retrieve.QuestionWording.STARTER;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SearchFilter;

/**
 * Whether a follow-up that points at the reports last cited asks beyond them: a year or name none of them
 * meets ("what about the 2016 edition?", "and in West Africa?"), or a subject the library has and none of them
 * mentions ("and for Indonesian fishers?"). Thread-safe.
 */
final class BeyondCited {

    /** A term of the new subject weighs at least this share of its rarest term. */
    private static final double RARER = 0.5;
    private final PublicationIndex index;

    BeyondCited(PublicationIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    /** True when none of the cited reports in {@code focus} meets the question's own years and names. */
    boolean nothingCited(SearchFilter base, List<String> focus, Integer from, Integer to, List<Mention> mentions) {
        SearchFilter within = base.withIds(focus, base.notIds()).withYears(from, to).withScopes(mentions.stream()
                .map(m -> new SearchFilter.Scope(m.label(), m.values(), m.phrases())).toList());
        return index.search().count(within) == 0;
    }

    /**
     * "and for Indonesian fishers?": a follow-up that adds to the conversation ("and", "what about"), neither
     * points at a report ("it", "those"; "they", "them" and "the same group" may be the people the reports are
     * about, "measure that" what they are about) nor picks among them, and names a subject some report has and
     * none of {@code cited}.
     */
    boolean newSubject(String text, List<String> cited, List<String> topicTerms) {
        boolean phenomenon = PHENOMENON.matcher(text).find();
        String pointers = PHENOMENON.matcher(PEOPLE.matcher(SAME_PEOPLE.matcher(text).replaceAll(" "))
                .replaceAll(" ")).replaceAll(" ");
        return (STARTER.matcher(text).find() || phenomenon) && !PRONOUN.matcher(pointers).find()
                && !FollowUpWording.SELECTING.matcher(text).find() && lacks(cited, topicTerms);
    }

    /** True when some question term is in the library but in none of the cited reports. */
    boolean lacks(List<String> cited, List<String> terms) {
        return !lacking(cited, terms).isEmpty();
    }

    /** True when some question term is in the library and none is in any of the cited reports. */
    boolean holdsNone(List<String> cited, List<String> terms) {
        Held held = held(cited, terms);
        return held.inCited().isEmpty() && terms.stream().anyMatch(held::inLibrary);
    }

    /**
     * The question terms that are in the library but in none of the cited reports, the rarer of them: the new
     * subject. "people" beside "organs" names no subject of its own.
     */
    List<String> lacking(List<String> cited, List<String> terms) {
        Held held = held(cited, terms);
        List<String> lacking = terms.stream().filter(t -> !held.inCited().contains(t) && held.inLibrary(t)).toList();
        double rarest = lacking.stream().mapToDouble(held::weight).max().orElse(0);
        return lacking.stream().filter(t -> held.weight(t) >= rarest * RARER).toList();
    }

    /**
     * Which of the terms the cited reports hold, and how many reports of the library hold each; nothing when
     * either list is empty.
     */
    private Held held(List<String> cited, List<String> terms) {
        if (cited.isEmpty() || terms.isEmpty()) {
            return new Held(Set.of(), Map.of(), 1);
        }
        IndexSearch search = index.search();
        Set<String> inCited = new HashSet<>();
        search.termsIn(cited, terms).values().forEach(inCited::addAll);
        IndexSearch.TermStats stats = search.termStats(terms);
        return new Held(inCited, stats.docFreq(), stats.numDocs());
    }

    private record Held(Set<String> inCited, Map<String, Integer> docFreq, int numDocs) {
        double weight(String term) {
            return Rarity.weight(numDocs, docFreq.getOrDefault(term, 0));
        }

        boolean inLibrary(String term) {
            return docFreq.getOrDefault(term, 0) > 0;
        }
    }
}
