package org.refdesk.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * CPU time of this whole process (every thread, including the ONNX runtime's) and the machine's load.
 * On a shared machine wall-clock latencies include waiting for a core; CPU time per call does not.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU this process has used, or -1 where the JVM cannot tell. */
    static long nanos() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }

    /**
     * Nanoseconds of CPU used so far by each live thread whose name starts with {@code prefix} (a load's own
     * HTTP clients), by thread id; empty where the JVM cannot tell.
     */
    static Map<Long, Long> threadNanos(String prefix) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<Long, Long> out = new HashMap<>();
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) {
            return out;
        }
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith(prefix)) {
                out.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
            }
        }
        return out;
    }

    /** The CPU those threads used between two {@link #threadNanos} readings (a new thread from zero). */
    static long between(Map<Long, Long> before, Map<Long, Long> after) {
        return after.entrySet().stream()
                .mapToLong(e -> Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0L))).sum();
    }

    /** The one-minute load average (runnable threads on the machine), or -1. */
    static double loadAverage() {
        return Latencies.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
