package org.manara.cli.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time the benchmark's processes use while the timed posts leave the job: this JVM (the job
 * on its MiniCluster), the Kafka broker and the Elasticsearch node, each child with any process it
 * started. {@link #observe} is called with the count of posts out as they leave; the window opens
 * when the count reaches {@code from} and closes at {@link #close}. CPU times come from {@link
 * ProcessHandle.Info#totalCpuDuration()}; where the platform does not report them, the window stays
 * {@link #result() empty}.
 */
final class CpuWindow {
    static final String JOB = "job";

    private final Map<String, ProcessHandle> processes;
    private final long from;
    private Snapshot start;
    private Snapshot end;

    /**
     * @param processes by name; {@link #JOB} is counted without its descendants (the broker and the
     *     node are children of this JVM and counted under their own names)
     * @param from the count of posts out at which the window opens
     */
    CpuWindow(Map<String, ProcessHandle> processes, long from) {
        this.processes = new LinkedHashMap<>(processes);
        this.from = from;
    }

    /** Opens the window when {@code postsOut} first reaches {@code from}. */
    void observe(long postsOut) {
        if (start == null && postsOut >= from) {
            start = Snapshot.take(processes, postsOut);
        }
    }

    /** Closes the window at {@code postsOut}; later calls change nothing. */
    void close(long postsOut) {
        if (start != null && end == null) {
            end = Snapshot.take(processes, postsOut);
        }
    }

    /**
     * What the window measured, when it opened and closed, posts left the job in between and every
     * process reported its CPU time.
     */
    Optional<CpuUse> result() {
        if (start == null
                || end == null
                || start.cpu == null
                || end.cpu == null
                || end.postsOut <= start.postsOut) {
            return Optional.empty();
        }
        Map<String, Long> millis = new LinkedHashMap<>();
        start.cpu.forEach(
                (name, before) -> millis.put(name, end.cpu.get(name).minus(before).toMillis()));
        return Optional.of(
                new CpuUse(end.postsOut - start.postsOut, (end.nanos - start.nanos) / 1e9, millis));
    }

    /**
     * CPU used over a window.
     *
     * @param posts posts that left the job in the window (at least one)
     * @param seconds the window's wall-clock length
     * @param millis CPU milliseconds by process name
     */
    record CpuUse(long posts, double seconds, Map<String, Long> millis) {
        long totalMillis() {
            return millis.values().stream().mapToLong(Long::longValue).sum();
        }

        /** CPU microseconds per post, all processes together. */
        double microsPerPost() {
            return totalMillis() * 1000.0 / posts;
        }

        /** CPU microseconds per post of one process. */
        double microsPerPost(String process) {
            return millis.get(process) * 1000.0 / posts;
        }

        /** Cores kept busy on average. */
        double cores() {
            return seconds > 0 ? totalMillis() / 1000.0 / seconds : 0;
        }
    }

    private record Snapshot(long nanos, long postsOut, Map<String, Duration> cpu) {
        static Snapshot take(Map<String, ProcessHandle> processes, long postsOut) {
            long nanos = System.nanoTime();
            Map<String, Duration> cpu = new LinkedHashMap<>();
            for (Map.Entry<String, ProcessHandle> e : processes.entrySet()) {
                Optional<Duration> used = cpuOf(e.getValue(), !e.getKey().equals(JOB));
                if (used.isEmpty()) {
                    return new Snapshot(nanos, postsOut, null);
                }
                cpu.put(e.getKey(), used.get());
            }
            return new Snapshot(nanos, postsOut, cpu);
        }

        private static Optional<Duration> cpuOf(ProcessHandle process, boolean withDescendants) {
            Optional<Duration> own = process.info().totalCpuDuration();
            if (own.isEmpty() || !withDescendants) {
                return own;
            }
            Duration total = own.get();
            for (ProcessHandle child : process.descendants().toList()) {
                total = total.plus(child.info().totalCpuDuration().orElse(Duration.ZERO));
            }
            return Optional.of(total);
        }
    }
}
