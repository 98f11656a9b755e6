package org.manara.classifiers.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Posts per CPU-second of the benchmark thread, printed after each JMH iteration. On a shared
 * machine the wall-clock score depends on what else runs; the thread's own CPU time does not, so
 * this is the per-core figure docs/benchmarks.md reports.
 */
final class CpuRate {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private long startNanos;
    private long startOps;

    void start(long ops) {
        startNanos = THREADS.getCurrentThreadCpuTime();
        startOps = ops;
    }

    void print(String name, long ops) {
        double seconds = (THREADS.getCurrentThreadCpuTime() - startNanos) / 1e9;
        if (seconds > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "%n[cpu] %s: %.0f posts per CPU-second%n",
                    name,
                    (ops - startOps) / seconds);
        }
    }
}
