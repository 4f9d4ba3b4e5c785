package org.refdesk.gaps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.refdesk.retrieve.Candidate;
import org.refdesk.retrieve.Intent;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Understanding;
import org.refdesk.retrieve.Verdict;

/**
 * Decides whether a retrieval shows a gap in the collection and reduces it to its topic terms. A gap is a
 * question judged on the library's subject but not covered, one whose own filters found nothing relevant
 * (answered from the closest reports instead, or with nothing, as for a place the library lacks), or a topical
 * answer on weak evidence: a single report, cited on closeness in meaning alone (it contains none of the
 * question's distinctive words). The topic is
 * the question's analysed distinctive and unknown terms (at most {@link #MAX_TERMS}, sorted) plus, for a
 * relaxed one, the constraint that found nothing ("from 2022"); follow-ups about cited reports are not
 * gaps. Stateless and thread-safe.
 */
public final class GapClassifier {

    static final int MAX_TERMS = 6;
    public static final String NOT_COVERED = "not-covered";
    public static final String WEAK = "weak";

    /** The gap this retrieval shows, with its topic terms; empty when it shows none. */
    public Optional<Gap> classify(Retrieval r, List<String> distinctiveTerms) {
        Understanding u = r.understanding();
        if (!u.focus().isEmpty() || u.intent() == Intent.METADATA) {
            return Optional.empty();
        }
        String kind = switch (r.verdict()) {
            // nothing on a place the library lacks ("trafficking in Canada") is as much a gap as a subject it lacks
            case NOT_COVERED, RELAXED, NO_MATCH -> NOT_COVERED;
            case ANSWER -> weak(r) ? WEAK : null;
            default -> null;
        };
        if (kind == null) {
            return Optional.empty();
        }
        TreeSet<String> words = new TreeSet<>(u.unknownTerms());
        words.addAll(distinctiveTerms);
        List<String> terms = new ArrayList<>(words.stream().filter(t -> !t.isBlank()).limit(MAX_TERMS).toList());
        if (r.verdict() == Verdict.RELAXED) {
            terms.addAll(u.relaxation().dropped());
        }
        return terms.isEmpty() ? Optional.empty() : Optional.of(new Gap(terms, kind));
    }

    private static boolean weak(Retrieval r) {
        if (r.understanding().intent() != Intent.TOPIC || r.candidates().size() != 1 || r.matching() > 1) {
            return false;
        }
        Candidate only = r.candidates().get(0);
        return only.matchedTerms().isEmpty();
    }

    /** A gap's topic terms and kind. */
    public record Gap(List<String> terms, String kind) {
        public Gap {
            terms = List.copyOf(terms);
        }

        public String topic() {
            return String.join(" ", terms);
        }
    }
}
