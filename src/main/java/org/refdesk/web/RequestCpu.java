package org.refdesk.web;

import io.javalin.http.Context;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * CPU time a request's thread spent on it, from the first before-handler on. A question is answered on the
 * thread that received it (admission, understanding, the query embedding with its one ONNX thread of work
 * run by the caller, retrieval, the answer, its JSON), so this is the server's CPU per question without the
 * load's own clients, the garbage collector or the JIT compiler. Stateless.
 */
final class RequestCpu {

    private static final String STARTED = "refdesk.cpuStart";
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean SUPPORTED = THREADS.isCurrentThreadCpuTimeSupported()
            && THREADS.isThreadCpuTimeEnabled();

    private RequestCpu() {
    }

    /** Marks the start (a before-handler). */
    static void start(Context ctx) {
        if (SUPPORTED) {
            ctx.attribute(STARTED, THREADS.getCurrentThreadCpuTime());
        }
    }

    /** Nanoseconds of this thread's CPU since {@link #start}, or -1 when unknown. */
    static long elapsed(Context ctx) {
        Long started = SUPPORTED ? ctx.attribute(STARTED) : null;
        return started == null ? -1 : THREADS.getCurrentThreadCpuTime() - started;
    }

    /** Adds {@code cpu;dur=ms} (the CPU so far) to the response's {@code Server-Timing} header. */
    static void report(Context ctx) {
        long nanos = elapsed(ctx);
        if (nanos < 0) {
            return;
        }
        String cpu = String.format(Locale.ROOT, "cpu;dur=%.2f", nanos / 1e6);
        String timing = ctx.res().getHeader("Server-Timing");
        ctx.header("Server-Timing", timing == null || timing.isEmpty() ? cpu : timing + ", " + cpu);
    }
}
