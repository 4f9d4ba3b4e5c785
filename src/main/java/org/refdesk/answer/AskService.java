package org.refdesk.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.refdesk.gaps.GapReport;
import java.util.function.IntSupplier;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.HybridRetriever;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.QueryUnderstanding;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Turn;
import org.refdesk.retrieve.Understanding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a question end to end: understand it, retrieve and gate, compose the cited answer, suggest
 * follow-ups. Thread-safe.
 */
public final class AskService {

    private static final Logger LOG = LoggerFactory.getLogger(AskService.class);
    private final QueryUnderstanding understanding;
    private final HybridRetriever retriever;
    private final ExtractiveComposer composer;
    private final Suggester suggester;
    private final IntSupplier newestYear;
    private final ModelAnswerer llm;
    private final MoreLikeFollowUp moreLike;
    private final GapReport gaps;

    public AskService(QueryUnderstanding understanding, HybridRetriever retriever,
                      ExtractiveComposer composer, Suggester suggester, IntSupplier newestYear) {
        this(understanding, retriever, composer, suggester, newestYear, null);
    }

    /** With a chat model: {@code llm} writes the answers, the extractive answer is the fallback; null for none. */
    public AskService(QueryUnderstanding understanding, HybridRetriever retriever,
                      ExtractiveComposer composer, Suggester suggester, IntSupplier newestYear, ModelAnswerer llm) {
        this(understanding, retriever, composer, suggester, newestYear, llm, null, null);
    }

    /**
     * {@code moreLike}: answers "more like [2]" follow-ups; {@code gaps}: counts the topics of questions the
     * library could not answer well (the gap report, when it is on). Null for none.
     */
    public AskService(QueryUnderstanding understanding, HybridRetriever retriever,
                      ExtractiveComposer composer, Suggester suggester, IntSupplier newestYear, ModelAnswerer llm,
                      MoreLikeFollowUp moreLike, GapReport gaps) {
        this.moreLike = moreLike;
        this.gaps = gaps;
        this.llm = llm;
        this.understanding = Objects.requireNonNull(understanding, "understanding");
        this.retriever = Objects.requireNonNull(retriever, "retriever");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.suggester = Objects.requireNonNull(suggester, "suggester");
        this.newestYear = Objects.requireNonNull(newestYear, "newestYear");
    }

    public Answer ask(Question question) {
        Question q = withLastReply(question);
        Optional<Answer> similar = moreLike == null ? Optional.empty() : moreLike.answer(q);
        if (similar.isPresent()) {
            return similar.get();
        }
        if (llm != null) {
            Deadline deadline = llm.deadline();
            Retrieval r = retrieval(llm.condense(q, deadline));
            observe(r);
            Answer extractive = composer.compose(r, r.distinctiveTerms());
            Answer answer = llm.answer(q, r, extractive, deadline);
            return More.attach(r, answer.withSuggestions(suggester.suggest(r, answer)));
        }
        return extractive(q, true);
    }

    private Answer extractive(Question question, boolean asked) {
        Retrieval r = retrieval(question);
        if (asked) {
            observe(r);
        }
        Answer answer = composer.compose(r, r.distinctiveTerms());
        return More.attach(r, answer.withSuggestions(suggester.suggest(r, answer)));
    }

    /**
     * A history that ends with the user's earlier question but not refdesk's reply (clients may send
     * only user turns) gets that one reply recomputed, once and never recursively (the turns before it
     * are taken as they are), so a follow-up can resolve "it" against the ids of the reports the earlier
     * answer cited. Answers are deterministic, so this is what the user saw.
     */
    private Question withLastReply(Question question) {
        List<Turn> history = question.history();
        if (history.isEmpty() || !history.get(history.size() - 1).fromUser()) {
            return question;
        }
        Turn earlier = history.get(history.size() - 1);
        Answer reply = extractive(new Question(earlier.content(), history.subList(0, history.size() - 1),
                question.filters()), false);
        List<Turn> completed = new ArrayList<>(history);
        completed.add(new Turn("assistant", reply.answer(), reply.sources().stream().map(Source::id).toList()));
        return new Question(question.text(), completed, question.filters());
    }

    /**
     * Answers and streams: the sources first, then the text in pieces. Returns the final answer (its
     * sources are exactly the reports the text cites).
     */
    public Answer ask(Question question, AnswerStream stream) {
        if (llm != null && (moreLike == null || moreLike.answer(withLastReply(question)).isEmpty())) {
            Question q = withLastReply(question);
            Deadline deadline = llm.deadline();
            Retrieval r = retrieval(llm.condense(q, deadline));
            observe(r);
            Answer extractive = composer.compose(r, r.distinctiveTerms());
            Answer answer = llm.stream(q, r, extractive, stream, deadline);
            return More.attach(r, answer.withSuggestions(suggester.suggest(r, answer)));
        }
        Answer answer = ask(question);
        stream.sources(answer.sources());
        for (String piece : answer.answer().split("(?<=\\s)")) {
            stream.delta(piece);
        }
        return answer;
    }

    /**
     * A naive baseline for measurement: the raw question, no understanding, no filters, no gate, one
     * ranked list alone (or both fused).
     */
    public List<Publication> baseline(String question, HybridRetriever.Mode mode) {
        return retriever.candidates(Understanding.of(question).build(), mode).stream().map(c -> c.publication())
                .toList();
    }

    private Retrieval retrieval(Question question) {
        Understanding u = understanding.understand(question, newestYear.getAsInt());
        Retrieval r = retriever.retrieve(u);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Question {} understood as {} -> {} with {}", question.text(), u, r.verdict(),
                    r.candidates().stream().map(c -> c.publication().id() + "@" + c.cosine() + c.matchedTerms())
                            .toList());
        }
        return r;
    }

    /** Counts the question's topic in the gap report when it shows a gap (only its terms are kept). */
    private void observe(Retrieval r) {
        if (gaps != null) {
            gaps.observe(r, r.distinctiveTerms());
        }
    }

    /** Retrieval only (for evaluation and benchmarks). */
    public Retrieval retrieve(Question question) {
        return retriever.retrieve(understanding.understand(question, newestYear.getAsInt()));
    }
}
