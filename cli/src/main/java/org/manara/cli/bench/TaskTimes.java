package org.manara.cli.bench;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Metric;
import org.apache.flink.metrics.MetricConfig;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.reporter.MetricReporter;
import org.apache.flink.metrics.reporter.MetricReporterFactory;

/**
 * Where a job's time went: each task's accumulated busy, back-pressured and idle milliseconds
 * (Flink's {@code accumulate*TimeMs} task metrics), summed over its subtasks. A metric reporter
 * registered with the benchmark's MiniCluster keeps the gauges and reads them one last time when a
 * task finishes and Flink removes its metrics.
 */
public final class TaskTimes implements MetricReporterFactory {
    static final String BUSY = "accumulateBusyTimeMs";
    static final String BACK_PRESSURED = "accumulateBackPressuredTimeMs";
    static final String IDLE = "accumulateIdleTimeMs";

    /** job id -> task name -> subtask index -> metric -> last value read. */
    private static final Map<String, Map<String, Map<String, Map<String, Long>>>> VALUES =
            new ConcurrentHashMap<>();

    /** One task's times, summed over its subtasks, in milliseconds. */
    record Times(int subtasks, long busyMs, long backPressuredMs, long idleMs) {}

    /** The times of {@code jobId}'s tasks by task name (operators chained into a task). */
    static Map<String, Times> of(String jobId) {
        Map<String, Times> out = new TreeMap<>();
        VALUES.getOrDefault(jobId, Map.of())
                .forEach(
                        (task, subtasks) -> {
                            long busy = 0, back = 0, idle = 0;
                            for (Map<String, Long> m : subtasks.values()) {
                                busy += m.getOrDefault(BUSY, 0L);
                                back += m.getOrDefault(BACK_PRESSURED, 0L);
                                idle += m.getOrDefault(IDLE, 0L);
                            }
                            out.put(task, new Times(subtasks.size(), busy, back, idle));
                        });
        return out;
    }

    static void forget(String jobId) {
        VALUES.remove(jobId);
    }

    @Override
    public MetricReporter createMetricReporter(Properties properties) {
        return new Reporter();
    }

    /** Reads the task time gauges when they are added (to register) and removed (final value). */
    private static final class Reporter implements MetricReporter {
        private final Map<Metric, Runnable> readers = new ConcurrentHashMap<>();

        @Override
        public void open(MetricConfig config) {}

        @Override
        public void close() {
            readers.values().forEach(Runnable::run);
        }

        @Override
        public void notifyOfAddedMetric(Metric metric, String name, MetricGroup group) {
            if (!(metric instanceof Gauge<?> gauge)
                    || !(BUSY.equals(name) || BACK_PRESSURED.equals(name) || IDLE.equals(name))) {
                return;
            }
            Map<String, String> vars = group.getAllVariables();
            String job = vars.get("<job_id>");
            String task = vars.get("<task_name>");
            String subtask = vars.get("<subtask_index>");
            if (job == null || task == null || subtask == null) {
                return;
            }
            Map<String, Long> values =
                    VALUES.computeIfAbsent(job, j -> new ConcurrentHashMap<>())
                            .computeIfAbsent(task, t -> new ConcurrentHashMap<>())
                            .computeIfAbsent(subtask, s -> new ConcurrentHashMap<>());
            readers.put(
                    metric,
                    () -> {
                        if (gauge.getValue() instanceof Number n) {
                            values.put(name, n.longValue());
                        }
                    });
        }

        @Override
        public void notifyOfRemovedMetric(Metric metric, String name, MetricGroup group) {
            Runnable read = readers.remove(metric);
            if (read != null) {
                read.run();
            }
        }
    }
}
