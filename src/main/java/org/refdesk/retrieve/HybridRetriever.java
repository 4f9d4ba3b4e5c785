package org.refdesk.retrieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.refdesk.index.Embedder;
import org.refdesk.index.IndexSearch;
import org.refdesk.index.PublicationIndex;
import org.refdesk.index.ScoredId;
import org.refdesk.index.SearchFilter;
import org.refdesk.index.VectorSpace;
import org.refdesk.library.Publication;

/**
 * Hybrid retrieval: a BM25 list and a dense-vector list under the same filters, fused by reciprocal
 * rank (never by raw scores, which live on different scales), then judged by the {@link AbstentionGate}.
 * The product's lists are refined by principle, not by weights fitted to questions: BM25 takes
 * pseudo-relevance feedback from the first fused ranking, its votes count as much as its best report
 * covers the question's distinctive words, and a report's closeness in meaning is the better of its
 * whole-record vector and its best abstract sentence. With a companion model, its list (re-scored by sentence
 * the same way) shares the dense list's vote half and half; the two models' standardised scores settle which of the
 * first three leads ({@link RankFusion}). When constraints read from the
 * question's words find nothing relevant, the question is searched again without them; the reports that search
 * judges relevant and that meet the constraints are then the answer, or, when there are none, the closest
 * reports beyond them with the constraint named. A place the question names is not evidence of its topic
 * ({@link NamedMeaning}); a place alone orders by aboutness ({@link ScopeFocus}); a title written out whole
 * names its report ({@link KnownTitle}), and a title named without the words another title adds to it names the
 * report itself ({@link DerivedTitles}). Thread-safe.
 */
public final class HybridRetriever {

    /** How deep each list goes before fusion. */
    private static final int DEPTH = 50;
    /** Reports kept after fusion for the gate and the answer. */
    private static final int KEEP = 20;

    private final PublicationIndex index;
    private final Embedder embedder;
    private final AbstentionGate gate;
    private final Supplier<Calibration> calibration;
    private final PreferredOrder preferred;

    public HybridRetriever(PublicationIndex index, Embedder embedder, AbstentionGate gate,
                           Supplier<Calibration> calibration) {
        this.index = Objects.requireNonNull(index, "index");
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.calibration = Objects.requireNonNull(calibration, "calibration");
        this.preferred = new PreferredOrder(index);
    }

    /**
     * Retrieves and judges; the question is embedded and its distinctive terms found once, and both travel
     * with the result.
     */
    public Retrieval retrieve(Understanding u) {
        float[] vector = embedder.embedQuery(u.meaningText());
        List<String> terms = gate.distinctiveTerms(u);
        Calibration cal = calibration.get();
        List<Candidate> constrained = candidates(u, Mode.HYBRID, vector, terms);
        Retrieval strict = gate.judge(u, constrained, cal).withQuery(vector, terms);
        Retrieval stronger = strongerWithout(u, strict, vector, terms, cal);
        if (stronger != null) {
            return stronger;
        }
        // a place is not a topic, nor is an everyday name ("who won the 2022 World Cup final?", NamedMeaning); a
        // question with no distinctive word at all ("what did Eurostat publish on victims?") asks for what its names
        // hold, and is not checked
        // "how do I submit my expense claim for the Moldova mission?": a place, words few of which any report holds
        // and no report closer than the rest is an errand unless its meaning without the place is still the library's
        boolean namedOnly = !terms.isEmpty() && (NamedMeaning.restsOnNames(u, strict.candidates())
                || NamedMeaning.restsOnEverydayName(u, strict.candidates())
                || gate.mayRestOnPlace(u, strict.candidates(), constrained, cal));
        if (strict.verdict() == Verdict.ANSWER && namedOnly
                && closestWithoutNames(u, strict.candidates()) < cal.offTopicCeiling()) {
            return gate.abstain(u, strict.candidates()).withQuery(vector, terms);
        }
        if (strict.verdict() == Verdict.ANSWER && (!u.preferred().isEmpty() || !u.subject().isEmpty())) {
            strict = new Retrieval(u, Verdict.ANSWER, preferred.order(u, strict.candidates(), vector, cal), vector,
                    strict.matching(), strict.matchingSet(), terms);
        }
        if (strict.verdict() == Verdict.ANSWER && !u.avoided().isEmpty()) {
            strict = new Retrieval(u, Verdict.ANSWER, PlacesBeyond.last(strict.candidates(), u.avoided()), vector,
                    strict.matching(), strict.matchingSet(), terms);
        }
        boolean foundNothing = strict.verdict() == Verdict.NO_MATCH || strict.verdict() == Verdict.OFF_TOPIC;
        if (!foundNothing || u.relaxation().dropped().isEmpty() || !gate.hasTopic(u.relaxation().searchText())) {
            return strict;
        }
        Understanding loose = u.relaxed();
        Retrieval wide = gate.judge(loose, candidates(loose, Mode.HYBRID, vector, gate.distinctiveTerms(loose)), cal);
        return wide.verdict() == Verdict.ANSWER ? widened(u, constrained, wide, vector, terms) : strict;
    }

    /**
     * The closest reports without a year the question writes alone or after "in" ("mass graves 2015"), when those
     * published then are clearly weaker evidence ({@link AbstentionGate#clearlyWeaker}); null when the constrained
     * answer stands. Not for follow-ups, whose years come from the reports cited before.
     */
    private Retrieval strongerWithout(Understanding u, Retrieval strict, float[] vector, List<String> terms,
                                      Calibration cal) {
        if (strict.verdict() != Verdict.ANSWER || !u.relaxation().bareYear() || u.followUp()
                || !u.focus().isEmpty() || u.intent() == Intent.METADATA) {
            return null;
        }
        Understanding loose = u.relaxed();
        List<Candidate> wide = candidates(loose, Mode.HYBRID, vector, gate.distinctiveTerms(loose));
        if (wide.isEmpty() || !gate.clearlyWeaker(u, strict.candidates(), wide.get(0), cal)) {
            return null;
        }
        Retrieval judged = gate.judge(loose, wide, cal);
        return judged.verdict() != Verdict.ANSWER ? null : new Retrieval(u, Verdict.WIDENED, judged.candidates(),
                vector, judged.matching(), judged.matchingSet(), terms);
    }

    /**
     * The answer when only the search without the question's constraints found relevant reports. Those of them
     * that meet the constraints ("the TIP report from 2019" when that edition never writes "TIP") are the answer:
     * the constraints found them, only the evidence was weighed without the reports that hold it, and saying
     * nothing met them would be false. Otherwise the closest reports, with the constraint named.
     */
    private static Retrieval widened(Understanding u, List<Candidate> constrained, Retrieval wide, float[] vector,
                                     List<String> terms) {
        Set<String> meetConstraints = new HashSet<>();
        constrained.forEach(c -> meetConstraints.add(c.publication().id()));
        // a report in a named scope only counts when the wider search found more in it than the scope's name
        List<SearchFilter.Scope> scopes = u.filter().scopes();
        List<Candidate> met = wide.candidates().stream().filter(c -> meetConstraints.contains(c.publication().id()))
                .filter(c -> scopes.isEmpty() || NamedMeaning.hasTopicEvidence(c, scopes)).toList();
        if (!met.isEmpty()) {
            return new Retrieval(u, Verdict.ANSWER, met, vector, met.size(), Retrieval.idsOf(u, met), terms);
        }
        // the closest reports are those beyond the constraints: the ones within them were judged no match
        List<Candidate> beyond = wide.candidates().stream()
                .filter(c -> !meetConstraints.contains(c.publication().id())).toList();
        return beyond.isEmpty() || beyond.size() == wide.candidates().size()
                ? new Retrieval(u, Verdict.RELAXED, wide.candidates(), vector, wide.matching(), wide.matchingSet(),
                        terms)
                : new Retrieval(u, Verdict.RELAXED, beyond, vector, beyond.size(), Retrieval.idsOf(u, beyond), terms);
    }

    /**
     * The closeness in meaning of the answered reports to the question without the places and names it sets as
     * filters: every report in scope shares those, so "what is the capital of Moldova?" is close to a report on
     * Moldova only through the word "Moldova".
     */
    private float closestWithoutNames(Understanding u, List<Candidate> answered) {
        float[] topic = embedder.embedQuery(NamedMeaning.withoutNames(u, answered));
        IndexSearch search = index.search();
        SearchFilter only = u.filter().withIds(answered.stream().map(c -> c.publication().id()).toList(), List.of());
        return (float) new SentenceMatch(search).rescore(search.dense(topic, only, answered.size()), topic).stream()
                .mapToDouble(d -> cosine(d.score())).max().orElse(-1);
    }

    /** The fused candidates before the gate; {@code mode} allows measuring each list alone. */
    public List<Candidate> candidates(Understanding u, Mode mode) {
        return candidates(u, mode, mode == Mode.LEXICAL ? null : embedder.embedQuery(u.meaningText()),
                gate.distinctiveTerms(u));
    }

    private List<Candidate> candidates(Understanding u, Mode mode, float[] vector, List<String> terms) {
        IndexSearch search = index.search();
        List<ScoredId> lexical = mode == Mode.DENSE ? List.of() : search.lexical(u.searchText(), u.expansion(),
                u.filter(), DEPTH);
        List<ScoredId> dense = mode == Mode.LEXICAL ? List.of() : search.dense(vector, u.filter(), DEPTH);
        Map<String, Float> plainScores = new HashMap<>();
        lexical.forEach(l -> plainScores.put(l.id(), l.score()));
        if (mode == Mode.HYBRID) {
            // feedback comes from reports both lists rank high that the question's own words found: a report
            // only close in meaning may be about something else, and its words would pull BM25 away from the
            // one report that has the question's rare word
            List<String> feedback = RankFusion.fuse(lexical, dense).stream().map(Map.Entry::getKey)
                    .filter(plainScores::containsKey).limit(search.feedbackDepth()).toList();
            if (!feedback.isEmpty()) {
                lexical = search.lexicalWithFeedback(u.searchText(), u.expansion(), feedback, u.filter(),
                        DEPTH);
            }
            dense = new SentenceMatch(search).rescore(dense, vector);
        }
        List<ScoredId> second = mode == Mode.HYBRID ? companionList(search, u) : List.of();
        Set<String> distinctive = new HashSet<>(terms);
        IndexSearch.TermStats stats = mode == Mode.HYBRID ? search.termStats(List.copyOf(distinctive)) : null;
        double lexicalWeight = mode == Mode.HYBRID ? lexicalTrust(search, lexical, distinctive, stats) : 1;
        List<Map.Entry<String, double[]>> fused = RankFusion.ordered(lexical, dense, second, lexicalWeight,
                u.intent() == Intent.LIST, !u.followUp());
        List<Map.Entry<String, double[]>> kept = new ArrayList<>(fused.subList(0, Math.min(KEEP, fused.size())));
        // Evidence is judged on the question's own BM25 score: feedback inflates the reports it came from.
        kept.forEach(e -> e.getValue()[3] = plainScores.getOrDefault(e.getKey(), 0f));
        int base = kept.size();
        if (mode == Mode.HYBRID && u.intent() == Intent.LIST) {
            kept.addAll(beyondKept(fused, kept, withRarestTerm(search, u, distinctive, stats, plainScores)));
        }
        Map<String, Set<String>> contained = search.termsIn(kept.stream().map(Map.Entry::getKey).toList(), distinctive);
        if (kept.size() > base) {
            kept = holdingMost(kept, base, contained, stats);
        }
        List<Candidate> out = new ArrayList<>();
        Map<String, Publication> records = search.publications(kept.stream().map(Map.Entry::getKey).toList());
        kept.forEach(e -> Optional.ofNullable(records.get(e.getKey())).ifPresent(p -> out.add(candidate(p,
                e.getValue(), contained.getOrDefault(p.id(), Set.of()).stream().sorted().toList()))));
        if (mode != Mode.HYBRID) {
            return out;
        }
        List<Candidate> ordered = DerivedTitles.originalsFirst(u.question(), KnownTitle.first(u.question(), out));
        // "trafficking in Mexico" in a trafficking library has no topic of its own; "and for Moldova specifically?"
        // asks for what is about the place
        boolean aboutPlace = !u.followUp() && (!u.topical() || terms.isEmpty())
                || ScopeFocus.asksForPlace(u.question(), u.filter().scopes());
        // "the Middle East as a whole": the places it sets, not those it only prefers ("the African, Caribbean and
        // Pacific group of states" names a group, whose reports are filed worldwide)
        if (!u.followUp() && ScopeFocus.asksForWhole(u.question())) {
            return ScopeFocus.wholeFirst(ordered, u.filter().scopes());
        }
        return aboutPlace ? ScopeFocus.order(ordered, u.filter().scopes())
                : ScopeFocus.membersFirst(ordered, u.filter().scopes());
    }

    /**
     * For a list question ("every report on…"), the reports past the kept ones that BM25 found with the
     * question's own words, best score first; each keeps its place in the fused lists when it has one. Only those
     * holding most of the question's distinctive content stay ({@link #holdingMost}): the bar, not the length of
     * the fused list, decides what a list holds.
     */
    private static List<Map.Entry<String, double[]>> beyondKept(List<Map.Entry<String, double[]>> fused,
                                                                List<Map.Entry<String, double[]>> kept,
                                                                Map<String, Float> plainScores) {
        Set<String> in = new HashSet<>();
        kept.forEach(e -> in.add(e.getKey()));
        Map<String, double[]> places = new HashMap<>();
        fused.forEach(e -> places.put(e.getKey(), e.getValue()));
        List<Map.Entry<String, double[]>> out = new ArrayList<>();
        plainScores.entrySet().stream().filter(e -> !in.contains(e.getKey()))
                .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    double[] f = places.containsKey(e.getKey()) ? places.get(e.getKey()).clone() : RankFusion.blank();
                    f[3] = e.getValue();
                    out.add(Map.entry(e.getKey(), f));
                });
        return out;
    }

    /**
     * The question's own BM25 scores, and the reports holding a distinctive term that alone makes up at least
     * half of the question's distinctive content by rarity ("Uyghur" in "Uyghur forced labour"), which a list
     * must consider however many reports share the commoner words (score 0 when BM25 did not reach them).
     */
    private static Map<String, Float> withRarestTerm(IndexSearch search, Understanding u, Set<String> distinctive,
                                                     IndexSearch.TermStats stats, Map<String, Float> plainScores) {
        double all = Rarity.held(distinctive, stats);
        Map<String, Float> out = new HashMap<>(plainScores);
        distinctive.stream().sorted()
                .filter(t -> all > 0 && Rarity.held(List.of(t), stats) >= all * Breadth.HOLDING_SHARE)
                .forEach(t -> search.withTerm(t, u.filter(), DEPTH).forEach(h -> out.putIfAbsent(h.id(), 0f)));
        return out;
    }

    /**
     * The kept reports and those of the further ones ({@code kept} past {@code base}) that hold at least half as
     * much of the question's distinctive content, weighted by rarity, as the kept report holding most: a list of
     * "reports on Uyghur forced labour" grows by the reports on the Uyghur Region, not by every one that says
     * "forced".
     */
    private static List<Map.Entry<String, double[]>> holdingMost(List<Map.Entry<String, double[]>> kept, int base,
                                                                 Map<String, Set<String>> contained,
                                                                 IndexSearch.TermStats stats) {
        Map<String, Double> held = new HashMap<>();
        kept.forEach(e -> held.put(e.getKey(), Rarity.held(contained.getOrDefault(e.getKey(), Set.of()), stats)));
        double most = kept.subList(0, base).stream().mapToDouble(e -> held.get(e.getKey())).max().orElse(0);
        List<Map.Entry<String, double[]>> out = new ArrayList<>(kept.subList(0, base));
        kept.subList(base, kept.size()).stream()
                .filter(e -> most > 0 && held.get(e.getKey()) >= most * Breadth.HOLDING_SHARE).forEach(out::add);
        return out;
    }

    /**
     * How far the BM25 list can be trusted for this question, without labels: the share of the question's
     * distinctive content (terms weighted by rarity, log(1 + N / df)) that its best report contains. A
     * question in the records' own words gets a full vote from BM25; an everyday paraphrase that shares
     * few of them is ranked mostly by meaning.
     */
    private static double lexicalTrust(IndexSearch search, List<ScoredId> lexical, Set<String> distinctive,
                                       IndexSearch.TermStats stats) {
        if (lexical.isEmpty() || distinctive.isEmpty()) {
            return 1;
        }
        String best = lexical.get(0).id();
        Set<String> found = search.termsIn(List.of(best), distinctive).getOrDefault(best, Set.of());
        double all = 0;
        double got = 0;
        for (String term : distinctive) {
            double weight = Rarity.weight(stats.numDocs(), stats.docFreq().getOrDefault(term, 1));
            all += weight;
            got += found.contains(term) ? weight : 0;
        }
        return all == 0 ? 1 : got / all;
    }

    /**
     * The companion model's list, re-scored by sentence as the primary one is: a second opinion on closeness in
     * meaning from a model trained apart, which evens out the two models' blind spots. Empty without a companion
     * (or when the index has no companion vectors yet).
     */
    private List<ScoredId> companionList(IndexSearch search, Understanding u) {
        if (embedder.companion().isEmpty()) {
            return List.of();
        }
        float[] vector = embedder.companion().get().embedQuery(u.meaningText());
        return new SentenceMatch(search, VectorSpace.COMPANION)
                .rescore(search.dense(VectorSpace.COMPANION, vector, u.filter(), DEPTH), vector);
    }

    private static Candidate candidate(Publication p, double[] f, List<String> matched) {
        return new Candidate(p, f[0], (int) f[1], (int) f[2], (float) f[3], (float) f[4], (float) f[5],
                matched);
    }

    /** Lucene reports cosine similarity as (1 + cos) / 2; this undoes that. */
    static float cosine(float luceneScore) {
        return 2 * luceneScore - 1;
    }

    /** Which ranked lists to use: both (the product), or one alone (for measurement). */
    public enum Mode { HYBRID, LEXICAL, DENSE }
}
