package org.manara.classifiers.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Per-iteration CPU accounting for the benchmarks. On a shared machine the wall-clock score says
 * how much of a core the benchmark got, not what a core can do; posts per CPU-second does. Printed
 * two ways: per CPU-second of the benchmark thread, and per CPU-second of the whole forked JVM
 * (which also counts GC and the JIT, so it is the honest per-core figure).
 */
@State(Scope.Thread)
public class CpuMeter {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private long threadCpu;
    private long processCpu;
    private long posts;

    @Setup(Level.Iteration)
    public void start() {
        posts = 0;
        threadCpu = THREADS.getCurrentThreadCpuTime();
        processCpu = OS.getProcessCpuTime();
    }

    /** Counts one post; call once per benchmark operation. */
    public void post() {
        posts++;
    }

    @TearDown(Level.Iteration)
    public void report() {
        double thread = (THREADS.getCurrentThreadCpuTime() - threadCpu) / 1e9;
        double process = (OS.getProcessCpuTime() - processCpu) / 1e9;
        System.out.printf(
                "%n    [cpu] %d posts: %.0f posts per thread CPU-second, %.0f per process CPU-second%n",
                posts, posts / thread, posts / process);
    }
}
