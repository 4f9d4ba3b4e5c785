package org.refdesk.answer.llm;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.refdesk.answer.Answer;
import org.refdesk.answer.AnswerStream;
import org.refdesk.answer.Deadline;
import org.refdesk.answer.ExtractiveComposer;
import org.refdesk.answer.Source;
import org.refdesk.library.Publication;

/**
 * One streamed model answer. Text is held back until it cites a given source and does not read as a
 * refusal; from then on each piece is passed on cleaned ({@link CitationChecker#clean}), with all given
 * sources announced first under the numbers the model uses. Held-back text never reaches the asker, so
 * most failures fall back invisibly; if a failure comes after text was passed on, the stream is
 * {@linkplain AnswerStream#restart() restarted} with the extractive answer. All stream calls happen on
 * the calling thread. Not thread-safe: one instance per answer.
 */
final class StreamingAnswer {

    private final LlmAnswerer answerer;
    private final StreamingChatModel model;
    private final Runnable release;
    private final List<Publication> given;
    private final Answer extractive;
    private final AnswerStream stream;
    private final Deadline deadline;
    private final StringBuilder raw = new StringBuilder();
    private String emitted = "";
    private boolean flushing;

    StreamingAnswer(LlmAnswerer answerer, StreamingChatModel model, Runnable release, List<Publication> given,
                    Answer extractive, AnswerStream stream, Deadline deadline) {
        this.answerer = answerer;
        this.model = model;
        this.release = release;
        this.given = given;
        this.extractive = extractive;
        this.stream = stream;
        this.deadline = deadline;
    }

    /** Sources, then pieces of text, the way a non-LLM answer is streamed. */
    static void emit(Answer answer, AnswerStream stream) {
        stream.sources(answer.sources());
        for (String piece : answer.answer().split("(?<=\\s)")) {
            stream.delta(piece);
        }
    }

    Answer run(List<ChatMessage> messages) {
        try {
            Answer answer;
            try {
                answer = attempt(messages);
            } catch (RuntimeException first) {
                if (flushing || !LlmFailure.retriable(first) || deadline.passed()) {
                    throw first;
                }
                raw.setLength(0);
                answer = attempt(messages);
            }
            return answer;
        } catch (RuntimeException e) {
            return fallBack(answerer.fallback(extractive, e));
        } finally {
            release.run();
        }
    }

    private Answer attempt(List<ChatMessage> messages) {
        Attempt attempt = new Attempt();
        model.chat(messages, attempt);
        try {
            while (true) {
                Object event = attempt.events.poll(deadline.remainingMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    throw new LlmFailure("timeout");
                } else if (event instanceof String piece) {
                    raw.append(piece);
                    pass(answerer.checker().clean(safePrefix(), given.size()));
                } else if (event instanceof ChatResponse done) {
                    return finish(done.aiMessage().text() == null ? raw.toString() : done.aiMessage().text());
                } else {
                    throw (RuntimeException) event;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LlmFailure("interrupted");
        } finally {
            attempt.abandoned = true;
        }
    }

    private Answer finish(String text) {
        Answer answer = answerer.accept(answerer.checker().check(text, given.size()), given, extractive);
        if (!"llm".equals(answer.mode())) {
            return fallBack(answer);
        }
        if (flushing) {
            pass(answerer.checker().clean(text, given.size()));
        } else {
            emit(answer, stream);
        }
        return answer;
    }

    private Answer fallBack(Answer fallback) {
        if (flushing) {
            stream.restart();
        }
        emit(fallback, stream);
        return fallback;
    }

    private void pass(String cleaned) {
        if (!flushing && answerer.checker().looksGrounded(cleaned)) {
            flushing = true;
            List<Source> all = new ArrayList<>();
            for (Publication p : given) {
                all.add(Source.of(all.size() + 1, p, ExtractiveComposer.snippet(p)));
            }
            stream.sources(all);
        }
        if (flushing && cleaned.startsWith(emitted) && cleaned.length() > emitted.length()) {
            stream.delta(cleaned.substring(emitted.length()));
            emitted = cleaned;
        }
    }

    /** The text up to the last space before anything unfinished: a bracket, parenthesis or tag left open. */
    private String safePrefix() {
        int cut = raw.length();
        cut = Math.min(cut, open(raw.lastIndexOf("["), raw.lastIndexOf("]"), cut));
        cut = Math.min(cut, open(raw.lastIndexOf("("), raw.lastIndexOf(")"), cut));
        cut = Math.min(cut, open(raw.lastIndexOf("<"), raw.lastIndexOf(">"), cut));
        int space = cut - 1;
        while (space >= 0 && !Character.isWhitespace(raw.charAt(space))) {
            space--;
        }
        return raw.substring(0, space + 1);
    }

    private static int open(int opening, int closing, int otherwise) {
        return opening > closing ? opening : otherwise;
    }

    /** Receives the model's events on the HTTP client's threads and queues them for the answering thread. */
    private static final class Attempt implements StreamingChatResponseHandler {
        private final BlockingQueue<Object> events = new LinkedBlockingQueue<>();
        private volatile boolean abandoned;

        @Override
        public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
            if (abandoned) {
                context.streamingHandle().cancel();
            } else if (partial.text() != null) {
                events.add(partial.text());
            }
        }

        @Override
        public void onCompleteResponse(ChatResponse response) {
            events.add(response);
        }

        @Override
        public void onError(Throwable error) {
            events.add(error instanceof RuntimeException r ? r : new RuntimeException(error));
        }
    }
}
