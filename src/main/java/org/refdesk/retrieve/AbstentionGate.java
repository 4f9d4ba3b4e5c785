package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.SearchFilter;

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
    /** Shares of a question's distinctive content: half of it, and all of it (less rounding). */
    private static final double HALF = 0.5;
    private static final double ALL = 0.999;
    /** At most this many reports are cited; the answer says how many more matched. */
    private static final int MAX_SOURCES = 8;

    /** A question about several of the reports pointed at. */
    private static final Pattern PLURAL = Pattern.compile("(?i)\\b(they|them|those|these|both|each|all of)\\b");
    /** "when did they publish it?": "they" are its authors, the question is about one report. */
    private static final Pattern SINGULAR = Pattern.compile("(?i)\\b(it|its|this one|that one)\\b");

    private final PublicationIndex index;
    private final YearOrder years;
    private final QueryUnderstanding understanding;

    public AbstentionGate(PublicationIndex index, QueryUnderstanding understanding) {
        this.index = Objects.requireNonNull(index, "index");
        this.years = new YearOrder(index);
        this.understanding = Objects.requireNonNull(understanding, "understanding");
    }

    /**
     * Topic terms of the question (and of its expansion into the records' words) that appear in some, but
     * at most half, of the library.
     */
    public List<String> distinctiveTerms(Understanding u) {
        return termsByShare(u.searchText() + " " + u.expansion(), true);
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

    /** True when the text has words of a topic (not only question words and names). */
    boolean hasTopic(String text) {
        return !understanding.topicTerms(text).isEmpty();
    }

    /**
     * Whether the library can answer. Lexical evidence is how much of the question's distinctive content
     * (its words weighted by rarity, counting words no record contains at the highest weight) the best
     * report contains: at least half when the question is at least as close in meaning as off-topic
     * questions get, all of it when it is not. Meaning evidence is a closeness above the off-topic ceiling
     * by a margin. A question with uncommon words no record contains that the best report covers less than
     * half of, or with everyday words no record contains and nothing else distinctive that a report shares,
     * asks for something the library does not hold: not covered when it is on the library's subject,
     * off-topic otherwise.
     */
    Retrieval judge(Understanding u, List<Candidate> candidates, Calibration calibration) {
        if (candidates.isEmpty()) {
            return new Retrieval(u, u.filter().isEmpty() ? Verdict.OFF_TOPIC : Verdict.NO_MATCH, List.of());
        }
        boolean filterOnly = !u.topical();
        if (u.intent() == Intent.METADATA && !u.focus().isEmpty()) {
            // "who wrote it?" is about one report, "what year did they come out?" about each one pointed at
            // "who ran the ten-year one?": among those pointed at, the ones its own words pick out
            List<Candidate> pool = picked(u, candidates);
            int asked = PLURAL.matcher(u.question()).find() && !SINGULAR.matcher(u.question()).find() ? MAX_SOURCES
                    : 1;
            return new Retrieval(u, Verdict.ANSWER, pool.subList(0, Math.min(asked, pool.size())));
        }
        if (!u.focus().isEmpty()) {
            List<Candidate> focused = years.ordered(u, picked(u, candidates));
            return new Retrieval(u, Verdict.ANSWER, focused.subList(0, Math.min(MAX_SOURCES, focused.size())));
        }
        if (filterOnly && u.order() != Understanding.Order.RANKING) {
            // "the oldest publication in the library", "the latest from UNODC": by year, over all the filter
            // lets through
            List<Candidate> byYear = years.byYear(u, MAX_SOURCES);
            return new Retrieval(u, Verdict.ANSWER, byYear, null, index.search().count(u.filter()), u.filter());
        }
        if (filterOnly && (u.intent() == Intent.LIST || !u.filter().scopes().isEmpty() || u.filter().yearFrom() != null
                || u.filter().yearTo() != null || u.filter().onlyIds() != null)) {
            // "2023?" after the 2020 statistics asks for that edition of the series, named by its title's year
            List<Candidate> listed = years.ordered(u, u.followUp() ? candidates
                    : YearOrder.publishedFirst(u.filter(), candidates));
            return new Retrieval(u, Verdict.ANSWER, listed.subList(0, Math.min(MAX_SOURCES, listed.size())), null,
                    index.search().count(u.filter()), u.filter());
        }
        float ceiling = calibration.offTopicCeiling();
        float top = closest(candidates);
        Content content = content(u);
        double coverage = content.bestShare(candidates);
        // "can you help me write my annual leave report?": a task to do, which only the question's own words, not
        // closeness in meaning, can show the library holds reading on
        boolean task = QuestionWording.TASK.matcher(u.question()).find();
        boolean meaning = !task && (top >= ceiling + MEANING_MARGIN || seenByBoth(candidates, calibration));
        // a question that names one of the library's authors or organisations as a filter is not an everyday
        // question however far its words are in meaning: half its distinctive content is evidence enough; a place
        // is named in everyday errands too ("renew my passport while living in Nepal")
        boolean named = u.filter().scopes().stream().anyMatch(s -> !NamedMeaning.isPlace(s, candidates));
        // half the content is evidence only in a report that is itself about as close in meaning as off-topic
        // questions get: "is the office closed on Labour Day?" finds "closed", "labour" and "office" in a report on
        // something else; a question that names a place or sets a filter leans on it instead, and one of a single
        // word ("Taiwan-related material?") has too little meaning to weigh
        double near = !u.filter().isEmpty() || u.followUp() || understanding.topicWordCount(u.searchText()) < 2
                ? coverage
                : content.bestShare(candidates.stream().filter(c -> c.cosine() >= ceiling).toList());
        boolean lexicalEvidence = coverage >= ALL || (top >= ceiling || named) && near >= HALF;
        // everyday words no record uses ("really", "nowadays") mark a question the library cannot answer only when
        // nothing else it asks is held: a place it names that the closest report is filed under is held
        boolean absent = !u.unknownTerms().isEmpty()
                || u.absentCommon() > 0 && coverage == 0 && !placeHeld(u, candidates.get(0));
        // words no record uses, in a question one report matches in meaning far better than any other: the
        // words paraphrase that report ("rooftop sun panels"), they do not name a subject the library lacks; so do
        // words both meaning models find a short series of reports far nearer to ("the football stadiums in Doha")
        boolean distinct = meaning && Breadth.standsOut(candidates, top, calibration.offTopicGap());
        boolean paraphrased = distinct || meaning && Breadth.fewStandOut(candidates, calibration);
        if (absent && coverage < HALF && !paraphrased) {
            return unanswered(u, meaning || top >= ceiling && !subjectTerms(u).isEmpty(), candidates);
        }
        if (!lexicalEvidence && !meaning) {
            return new Retrieval(u, Verdict.OFF_TOPIC, List.of());
        }
        boolean list = u.intent() == Intent.LIST;
        // how much of the question's distinctive content a report holds counts for a list only
        Map<String, Double> weights = list
                ? distinctiveWeights(understanding.topicTerms(u.searchText() + " " + u.expansion())) : Map.of();
        List<Candidate> relevant = years.ordered(u, TitledTypes.first(Breadth.relevant(candidates, top, ceiling, list,
                distinct, c -> held(c, weights)), u.question(), u.docTypes(), index.analyzer(), MAX_SOURCES));
        int max = u.intent() == Intent.METADATA ? 1 : MAX_SOURCES;
        return new Retrieval(u, Verdict.ANSWER, relevant.subList(0, Math.min(max, relevant.size())), null,
                relevant.size(), Retrieval.idsOf(u, relevant));
    }

    /**
     * Whether an answer may rest on the name of a place alone: the question names only places, uses words no record
     * does, the reports answered hold less than half its distinctive content, and no report found stands out in
     * meaning from the rest ("my expense claim for the Moldova mission" is as close to every report on Moldova;
     * "live-in maids in Qatar who never get a day off" is far closer to one).
     */
    boolean mayRestOnPlace(Understanding u, List<Candidate> answered, List<Candidate> candidates,
                           Calibration calibration) {
        if (answered.isEmpty() || u.absentCommon() == 0 && u.unknownTerms().isEmpty()
                || !NamedMeaning.namesOnlyPlaces(u, answered) || content(u).bestShare(answered) >= HALF) {
            return false;
        }
        return !Breadth.standsOut(candidates, closest(candidates), calibration.offTopicGap());
    }

    /**
     * Whether one report is closer to the question than off-topic questions get by half the margin, by both meaning
     * models, each on its own scale: two models trained apart both placing it there is evidence one alone just under
     * the whole margin is not ("the panels on our roof" reaches the solar report by either model; an errand that
     * shares a word with the library reaches its nearest report by one of them, or by both only just).
     */
    private static boolean seenByBoth(List<Candidate> candidates, Calibration calibration) {
        float half = MEANING_MARGIN / 2;
        return candidates.stream().anyMatch(c -> c.cosine() >= calibration.offTopicCeiling() + half
                && c.companionCosine() >= calibration.companionCeiling() + half * calibration.companionScale());
    }

    /** The highest cosine among the reports the meaning model reached; -1 when it reached none. */
    private static float closest(List<Candidate> candidates) {
        return (float) candidates.stream().mapToDouble(Candidate::cosine).filter(c -> !Double.isNaN(c)).max()
                .orElse(-1);
    }

    /** Whether the question names places, and the report is filed under each of them. */
    private static boolean placeHeld(Understanding u, Candidate first) {
        List<SearchFilter.Scope> scopes = u.filter().scopes();
        return !scopes.isEmpty() && scopes.stream().allMatch(s -> ScopeFocus.filed(first.publication(), s.values()));
    }

    /**
     * Whether the reports that meet the question's constraints are clearly weaker evidence than the best report
     * without them, which they do not include ("… mass graves 2015" read as a publication year): that report is
     * closer in meaning than any of them by more than off-topic questions' best reports stand ahead of their next, and
     * the best of them holds less than half as much of the question's distinctive content (by rarity).
     */
    boolean clearlyWeaker(Understanding u, List<Candidate> constrained, Candidate unconstrained,
                          Calibration calibration) {
        String id = unconstrained.publication().id();
        if (constrained.stream().anyMatch(c -> c.publication().id().equals(id)) || Float.isNaN(unconstrained.cosine())
                || unconstrained.cosine() - closest(constrained) <= calibration.offTopicGap()) {
            return false;
        }
        Map<String, Double> weights = distinctiveWeights(understanding.topicTerms(u.searchText()));
        double best = constrained.stream().mapToDouble(c -> held(c, weights)).max().orElse(0);
        double wide = held(unconstrained, weights);
        return wide > 0 && best < wide * HALF;
    }

    /**
     * The verdict for a question the reports found do not answer: not covered when it uses the library's own
     * subject words (the closest report is named), off-topic otherwise.
     */
    Retrieval abstain(Understanding u, List<Candidate> candidates) {
        return unanswered(u, !subjectTerms(u).isEmpty() && !candidates.isEmpty(), candidates);
    }

    /** Not covered, naming the closest report, for a question on the library's subject; off-topic otherwise. */
    private static Retrieval unanswered(Understanding u, boolean onSubject, List<Candidate> candidates) {
        return new Retrieval(u, onSubject ? Verdict.NOT_COVERED : Verdict.OFF_TOPIC,
                onSubject ? candidates.subList(0, 1) : List.of());
    }

    /**
     * Among the reports a follow-up points at ("which of those is by an environmental group?"), the ones that
     * hold at least half as much of the question's distinctive content (by rarity) as the best of them; all of
     * them when none holds any.
     */
    private List<Candidate> picked(Understanding u, List<Candidate> candidates) {
        if (candidates.size() < 2) {
            return candidates;
        }
        Map<String, Double> weights = distinctiveWeights(understanding.topicTerms(u.question()));
        double[] held = candidates.stream().mapToDouble(c -> held(c, weights)).toArray();
        double best = Arrays.stream(held).max().orElse(0);
        if (best == 0) {
            return candidates;
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < held.length; i++) {
            if (held[i] >= best * HALF) {
                out.add(candidates.get(i));
            }
        }
        return out;
    }

    /** How much of the weighted distinctive content a report holds: the weights of the terms it contains. */
    private static double held(Candidate c, Map<String, Double> weights) {
        return c.matchedTerms().stream().mapToDouble(t -> weights.getOrDefault(t, 0.0)).sum();
    }

    /** Rarity weights, log(1 + N / df), of the terms found in some but at most half of the library. */
    private Map<String, Double> distinctiveWeights(List<String> terms) {
        IndexSearch.TermStats stats = index.search().termStats(terms);
        int n = Math.max(1, stats.numDocs());
        int limit = Math.max(1, (int) Math.floor(n * DISTINCTIVE_SHARE));
        Map<String, Double> weights = new HashMap<>();
        stats.docFreq().forEach((term, df) -> {
            if (df > 0 && df <= limit) {
                weights.put(term, Rarity.weight(n, df));
            }
        });
        return weights;
    }

    /**
     * The question's distinctive content: its distinctive terms weighted by rarity, log(1 + N / df), and a word no
     * record contains at log(1 + N).
     */
    private Content content(Understanding u) {
        Map<String, Double> weights = distinctiveWeights(understanding.topicTerms(u.searchText()));
        int n = Math.max(1, index.search().termStats(List.of()).numDocs());
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum()
                + (u.unknownTerms().size() + u.absentCommon()) * Rarity.weight(n, 0);
        return new Content(weights, total);
    }

    /** A question's distinctive terms with their weights, and the weight of all its distinctive content. */
    private record Content(Map<String, Double> weights, double total) {

        /**
         * The best share of the content one of the reports contains. A question with no distinctive or unknown words
         * (only the library's subject words) is covered by any report.
         */
        double bestShare(List<Candidate> candidates) {
            if (total == 0) {
                return 1;
            }
            double best = 0;
            for (Candidate c : candidates) {
                best = Math.max(best, held(c, weights));
            }
            return Math.min(1, best / total);
        }
    }
}
