package org.refdesk.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.refdesk.answer.Answer;
import org.refdesk.answer.AnswerStream;
import org.refdesk.answer.Deadline;
import org.refdesk.answer.ExtractiveComposer;
import org.refdesk.answer.ModelAnswerer;
import org.refdesk.answer.Quotes;
import org.refdesk.answer.Source;
import org.refdesk.library.Publication;
import org.refdesk.retrieve.Candidate;
import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Retrieval;
import org.refdesk.retrieve.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a more fluent answer with a chat model from the same retrieved reports, checked in code by
 * {@link CitationChecker}. The extractive answer is always computed first and is returned, with
 * {@code llmError} set, whenever the model is slow, down, busy, refuses or writes an unusable answer.
 * A deadline bounds each answer, at most one retry is made (never after a 4xx), and at most
 * {@code maxConcurrent} model calls run at once: beyond that the extractive answer is returned at once.
 * Thread-safe.
 */
public final class LlmAnswerer implements ModelAnswerer, AutoCloseable {

    static final int MAX_SOURCES = 6;
    private static final Logger LOG = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final Duration CONDENSE_BUDGET = Duration.ofSeconds(5);
    private final ChatModels models;
    private final PromptBuilder prompts;
    private final Duration timeout;
    private final Semaphore permits;
    private final LlmStatus status;
    private final CitationChecker checker = new CitationChecker();
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "refdesk-llm");
        t.setDaemon(true);
        return t;
    });

    public LlmAnswerer(ChatModels models, PromptBuilder prompts, Duration timeout, int maxConcurrent,
            LlmStatus status) {
        this.models = Objects.requireNonNull(models, "models");
        this.prompts = Objects.requireNonNull(prompts, "prompts");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.status = Objects.requireNonNull(status, "status");
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("max concurrent LLM calls " + maxConcurrent + " must be at least 1");
        }
        this.permits = new Semaphore(maxConcurrent);
    }

    /** The deadline for one question, started now. */
    @Override
    public Deadline deadline() {
        return Deadline.in(timeout);
    }

    /**
     * A follow-up rewritten by the model as a standalone question (within a short part of the deadline);
     * the question unchanged when there is no history or anything goes wrong.
     */
    @Override
    public Question condense(Question question, Deadline deadline) {
        if (question.history().isEmpty()) {
            return question;
        }
        List<ChatMessage> messages = prompts.condense(question.text(), question.history());
        try {
            String text = call(messages, deadline.within(CONDENSE_BUDGET)).strip();
            String line = firstLine(text);
            if (line.isEmpty() || line.contains("NO_ANSWER") || line.length() > 2 * question.text().length() + 300) {
                return question;
            }
            LOG.debug("Follow-up {} rewritten as {}", question.text(), line);
            return new Question(line, question.history(), question.filters());
        } catch (RuntimeException e) {
            LOG.debug("Follow-up rewrite failed: {}", LlmFailure.describe(e));
            return question;
        }
    }

    /** The rewritten question from a reply like {@code Standalone question: "..."}. */
    static String firstLine(String reply) {
        String line = reply.lines().filter(l -> !l.isBlank()).findFirst().orElse("")
                .replaceFirst("(?i)^\\s*(standalone )?question:\\s*", "").strip();
        return line.matches("^[\"“].*[\"”]$") && line.length() > 1 ? line.substring(1, line.length() - 1).strip()
                : line;
    }

    /** The model's checked answer, or {@code extractive} with {@code llmError} when it falls back. */
    @Override
    public Answer answer(Question question, Retrieval retrieval, Answer extractive, Deadline deadline) {
        if (retrieval.verdict() != Verdict.ANSWER || retrieval.candidates().isEmpty()) {
            return extractive;
        }
        List<Publication> given = given(retrieval);
        try {
            String raw = call(prompts.answer(question.text(), question.history(), given), deadline);
            return accept(checker.check(raw, given.size()), given, extractive);
        } catch (RuntimeException e) {
            return fallback(extractive, e);
        }
    }

    /** As {@link #answer}, streamed: see {@link StreamingAnswer}. */
    @Override
    public Answer stream(Question question, Retrieval retrieval, Answer extractive, AnswerStream stream,
                         Deadline deadline) {
        if (retrieval.verdict() != Verdict.ANSWER || retrieval.candidates().isEmpty()) {
            StreamingAnswer.emit(extractive, stream);
            return extractive;
        }
        if (status.coolingDown() || !permits.tryAcquire()) {
            Answer busy = fallback(extractive, new LlmFailure(status.coolingDown() ? "unreachable" : "busy"));
            StreamingAnswer.emit(busy, stream);
            return busy;
        }
        List<Publication> given = given(retrieval);
        return new StreamingAnswer(this, models.streaming(), permits::release, given, extractive, stream, deadline)
                .run(prompts.answer(question.text(), question.history(), given));
    }

    /** The model's text within the deadline: one try, and one retry if the first failed retriably. */
    private String call(List<ChatMessage> messages, Deadline deadline) {
        if (status.coolingDown()) {
            throw new LlmFailure("unreachable");
        }
        if (!permits.tryAcquire()) {
            throw new LlmFailure("busy");
        }
        Future<String> future;
        try {
            future = executor.submit(() -> {
                try {
                    return withRetry(messages, deadline);
                } finally {
                    permits.release();
                }
            });
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
        try {
            return future.get(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | CancellationException e) {
            future.cancel(true);
            throw new LlmFailure("timeout");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new LlmFailure("interrupted");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new RuntimeException(e.getCause());
        }
    }

    private String withRetry(List<ChatMessage> messages, Deadline deadline) {
        try {
            return models.chat().chat(messages).aiMessage().text();
        } catch (RuntimeException first) {
            if (!LlmFailure.retriable(first) || deadline.passed()) {
                throw first;
            }
            LOG.debug("LLM call failed ({}); retrying once", LlmFailure.describe(first));
            return models.chat().chat(messages).aiMessage().text();
        }
    }

    /** The checked answer as refdesk's answer, or the extractive one when the check failed. */
    Answer accept(CitationChecker.Checked checked, List<Publication> given, Answer extractive) {
        status.up();
        if (!checked.usable()) {
            return fallback(extractive, new LlmFailure("invalid answer: " + checked.problem()));
        }
        List<Source> sources = new ArrayList<>();
        for (int n : checked.cited()) {
            Publication p = given.get(n - 1);
            sources.add(Source.of(sources.size() + 1, p, snippet(p, extractive))
                    .withQuotes(Quotes.verbatim(checked.text(), p.abstractText())));
        }
        return new Answer(checked.text(), sources, List.of(), false, "llm", extractive.filters(), null);
    }

    Answer fallback(Answer extractive, Throwable cause) {
        String reason = LlmFailure.describe(cause);
        if (reason.equals("unreachable") || reason.startsWith("refused") || reason.startsWith("server error")) {
            status.down(reason);
        }
        if (reason.equals("unreachable")) {
            LOG.debug("LLM answer fell back to extractive: {}", reason);
        } else {
            LOG.info("LLM answer fell back to extractive: {}", reason);
        }
        return new Answer(extractive.answer(), extractive.sources(), extractive.suggestions(), extractive.abstained(),
                extractive.mode(), extractive.filters(), reason);
    }

    CitationChecker checker() {
        return checker;
    }

    /** The abstract sentences the extractive answer chose for a report, else the start of its abstract. */
    private static String snippet(Publication p, Answer extractive) {
        return extractive.sources().stream().filter(s -> s.id().equals(p.id())).map(Source::snippet).findFirst()
                .orElseGet(() -> ExtractiveComposer.snippet(p));
    }

    private static List<Publication> given(Retrieval r) {
        return r.candidates().stream().limit(MAX_SOURCES).map(Candidate::publication).toList();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
