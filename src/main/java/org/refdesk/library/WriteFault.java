package org.refdesk.library;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Locale;

/**
 * A change of the library that could not be written and was therefore not applied: the journal and the
 * index are as they were before it. The cause says whether the data disk is full, read-only (or not
 * ours to write), or failed otherwise; the message is safe to show a client (it names no path).
 */
public final class WriteFault extends RuntimeException {

    /** Why a write failed, as an operator would act on it. */
    public enum Cause {
        DISK_FULL("no space left on the data disk"),
        READ_ONLY("the data folder is read-only or not writable"),
        IO("the data disk failed to write");

        private final String description;

        Cause(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }

        /** The label used in metrics: {@code disk_full}, {@code read_only}, {@code io}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Cause cause;

    private WriteFault(Cause cause, Throwable error) {
        super(cause.description() + "; the change was not applied", error);
        this.cause = cause;
    }

    /** {@code error} as a write fault, classified by what the operating system reported. */
    public static WriteFault of(Throwable error) {
        if (error instanceof WriteFault fault) {
            return fault;
        }
        return new WriteFault(classify(error), error);
    }

    public Cause kind() {
        return cause;
    }

    static Cause classify(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String message = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
                return Cause.DISK_FULL;
            }
            if (message.contains("read-only file system") || message.contains("operation not permitted")
                    || c instanceof AccessDeniedException
                    || (c instanceof FileSystemException && message.contains("permission denied"))) {
                return Cause.READ_ONLY;
            }
            for (Throwable s : c.getSuppressed()) {
                Cause suppressed = classify(s);
                if (suppressed != Cause.IO) {
                    return suppressed;
                }
            }
        }
        return Cause.IO;
    }
}
