package org.refdesk.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

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

    /** The one-minute load average (runnable threads on the machine), or -1. */
    static double loadAverage() {
        return Latencies.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
