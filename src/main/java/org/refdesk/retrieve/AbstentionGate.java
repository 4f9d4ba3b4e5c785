package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.PublicationIndex;

/**
 * Decides whether the library can answer, and with which reports. Evidence is either a distinctive
 * question word found in a report (one that appears in at most half of the library, so "trafficking"
 * in a trafficking library proves nothing) or a meaning-similarity above what off-topic questions reach
 * on this model and collection ({@link Calibration}). Thread-safe.
 */
public final class AbstentionGate {

    /** Share of the library a term may appear in and still be distinctive. */
    private static final double DISTINCTIVE_SHARE = 0.5;
    /** How far above the off-topic ceiling a cosine must be to count as on-topic by meaning alone. */
    private static final float MEANING_MARGIN = 0.04f;
    /** A further report is cited when its cosine is this close to the best one's. */
    private static final float NEAR_TOP = 0.03f;
    /**
     * A cosine this many off-topic spreads (ceiling minus mean of the probes) above the ceiling is close
     * enough in meaning to outweigh a question word no record contains.
     */
    private static final float STRONG_SPREADS = 2.2f;
    private static final int TOPIC_SOURCES = 3;
    private static final int LIST_SOURCES = 8;

    private final PublicationIndex index;
    private final QueryUnderstanding understanding;

    public AbstentionGate(PublicationIndex index, QueryUnderstanding understanding) {
        this.index = Objects.requireNonNull(index, "index");
        this.understanding = Objects.requireNonNull(understanding, "understanding");
    }

    /** Topic terms of the question that appear in some, but at most half, of the library. */
    public List<String> distinctiveTerms(Understanding u) {
        return termsByShare(u.searchText(), true);
    }

    /** Topic terms found in more than half of the library: the library's own subject words. */
    private List<String> subjectTerms(Understanding u) {
        return termsByShare(u.question(), false);
    }

    private List<String> termsByShare(String text, boolean distinctive) {
        List<String> terms = understanding.topicTerms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        IndexSearch.TermStats stats = index.search().termStats(terms);
        int limit = Math.max(1, (int) Math.floor(stats.numDocs() * DISTINCTIVE_SHARE));
        List<String> out = new ArrayList<>();
        stats.docFreq().forEach((term, df) -> {
            if (distinctive ? df > 0 && df <= limit : df > limit) {
                out.add(term);
            }
        });
        return out;
    }

    /**
     * A question with topic words found in no record is about something the library does not cover when
     * the best report shares none of its distinctive words (unless a single unknown word meets a strong
     * closeness in meaning), or when its unknown words outnumber the shared ones by more than one (a small
     * library lacks many everyday words, so one more unknown word is tolerated).
     */
    Retrieval judge(Understanding u, List<Candidate> candidates, Calibration calibration) {
        if (candidates.isEmpty()) {
            return new Retrieval(u, u.filter().isEmpty() ? Verdict.OFF_TOPIC : Verdict.NO_MATCH, List.of());
        }
        boolean filterOnly = understanding.topicTerms(u.searchText()).isEmpty();
        if (u.intent() == Intent.METADATA && !u.focus().isEmpty()) {
            return new Retrieval(u, Verdict.ANSWER, candidates.subList(0, 1));
        }
        if (filterOnly && (u.intent() == Intent.LIST || !u.filter().scopes().isEmpty() || u.filter().yearFrom() != null
                || u.filter().yearTo() != null || u.filter().onlyIds() != null)) {
            return new Retrieval(u, Verdict.ANSWER, candidates.subList(0, Math.min(LIST_SOURCES, candidates.size())));
        }
        float ceiling = calibration.offTopicCeiling();
        float top = (float) candidates.stream().mapToDouble(Candidate::cosine).filter(c -> !Double.isNaN(c)).max()
                .orElse(-1);
        boolean lexicalEvidence = candidates.stream().anyMatch(c -> !c.matchedTerms().isEmpty());
        boolean meaning = top >= ceiling + MEANING_MARGIN;
        int bestMatched = candidates.stream().mapToInt(c -> c.matchedTerms().size()).max().orElse(0);
        int unknown = u.unknownTerms().size();
        boolean strongMeaning = top >= ceiling + STRONG_SPREADS * (ceiling - calibration.offTopicMean());
        boolean mostlyUnknown = unknown > 0 && (bestMatched == 0 && !(unknown == 1 && strongMeaning)
                || unknown > bestMatched + 1);
        if (mostlyUnknown) {
            boolean onSubject = meaning || top >= ceiling && !subjectTerms(u).isEmpty();
            return new Retrieval(u, onSubject ? Verdict.NOT_COVERED : Verdict.OFF_TOPIC,
                    onSubject ? candidates.subList(0, 1) : List.of());
        }
        if (!lexicalEvidence && !meaning) {
            return new Retrieval(u, Verdict.OFF_TOPIC, List.of());
        }
        return new Retrieval(u, Verdict.ANSWER, select(u, candidates, top));
    }

    private static List<Candidate> select(Understanding u, List<Candidate> candidates, float top) {
        int max = u.intent() == Intent.LIST ? LIST_SOURCES : u.intent() == Intent.METADATA ? 1 : TOPIC_SOURCES;
        float topLexical = candidates.stream().map(Candidate::lexicalScore).max(Float::compare).orElse(0f);
        List<Candidate> out = new ArrayList<>();
        out.add(candidates.get(0));
        for (Candidate c : candidates.subList(1, candidates.size())) {
            if (out.size() >= max) {
                break;
            }
            boolean strongLexical = !c.matchedTerms().isEmpty() && c.lexicalScore() >= 0.5f * topLexical;
            boolean nearTop = !Float.isNaN(c.cosine()) && c.cosine() >= top - NEAR_TOP;
            if (strongLexical || nearTop) {
                out.add(c);
            }
        }
        return out;
    }
}
