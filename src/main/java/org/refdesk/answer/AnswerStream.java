package org.refdesk.answer;

import java.util.List;

/**
 * Receives an answer as it is written: the sources first, then pieces of text. Implementations must
 * tolerate being called from the answering thread only; they need not be thread-safe.
 */
public interface AnswerStream {

    /** The reports the answer draws on (the final answer's sources may be fewer). */
    void sources(List<Source> sources);

    /** The next piece of answer text. */
    void delta(String text);

    /**
     * The sources and text sent so far are void (a model's answer failed its checks after it began);
     * sources and text follow anew.
     */
    default void restart() {
    }
}
