package org.refdesk.answer.llm;

import dev.langchain4j.exception.HttpException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Why a model call failed, in the words the API reports as {@code llmError}: {@code timeout},
 * {@code unreachable}, {@code refused (HTTP 4xx)}, {@code server error (HTTP 5xx)} or
 * {@code invalid answer: ...}; and whether one retry may help (never after a 4xx).
 */
final class LlmFailure extends RuntimeException {

    LlmFailure(String message) {
        super(message, null, false, false);
    }

    static String describe(Throwable t) {
        if (t instanceof LlmFailure f) {
            return f.getMessage();
        }
        int status = status(t);
        if (status >= 400 && status < 500) {
            return "refused (HTTP " + status + ")";
        }
        if (status >= 500) {
            return "server error (HTTP " + status + ")";
        }
        if (has(t, java.util.concurrent.TimeoutException.class) || has(t, HttpTimeoutException.class)
                || has(t, dev.langchain4j.exception.TimeoutException.class)) {
            return "timeout";
        }
        if (has(t, ConnectException.class) || has(t, UnknownHostException.class)
                || has(t, UnresolvedAddressException.class) || has(t, IOException.class)) {
            return "unreachable";
        }
        return "error (" + t.getClass().getSimpleName() + ")";
    }

    /** A 4xx means the request itself is refused (bad key, unknown model): asking again cannot help. */
    static boolean retriable(Throwable t) {
        int status = status(t);
        return !(t instanceof LlmFailure) && !(status >= 400 && status < 500) && !has(t, InterruptedException.class);
    }

    private static int status(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof HttpException h) {
                return h.statusCode();
            }
        }
        return 0;
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }
}
