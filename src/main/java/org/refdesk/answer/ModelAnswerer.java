package org.refdesk.answer;

import org.refdesk.retrieve.Question;
import org.refdesk.retrieve.Retrieval;

/**
 * Writes answers with a chat model, the extractive answer as its fallback. {@code AskService} asks through
 * this; {@code answer.llm.LlmAnswerer} implements it, so the arrow runs from {@code answer.llm} to
 * {@code answer} only. Implementations are thread-safe.
 */
public interface ModelAnswerer {

    /** The deadline for one question, started now. */
    Deadline deadline();

    /** A follow-up rewritten as a standalone question; the question unchanged when that fails. */
    Question condense(Question question, Deadline deadline);

    /** The model's checked answer, or {@code extractive} when it falls back. */
    Answer answer(Question question, Retrieval retrieval, Answer extractive, Deadline deadline);

    /** As {@link #answer}, streamed: the sources first, then the text in pieces. */
    Answer stream(Question question, Retrieval retrieval, Answer extractive, AnswerStream stream, Deadline deadline);
}
