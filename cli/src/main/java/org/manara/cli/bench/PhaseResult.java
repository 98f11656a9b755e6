package org.manara.cli.bench;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one phase measured.
 *
 * @param posts posts that left the job (indexed or discarded)
 * @param seconds from the first post reaching the sink to the last one leaving the job
 * @param jobSeconds from submission to the job's end (includes model and rule loading)
 * @param latencyMicros end-to-end latency of every timed post
 * @param tasks busy, back-pressured and idle time per task
 */
record PhaseResult(
        long posts,
        double seconds,
        double jobSeconds,
        Histogram latencyMicros,
        Map<String, TaskTimes.Times> tasks) {

    double postsPerSecond() {
        return seconds > 0 ? posts / seconds : 0;
    }

    double latencyMs(double percentile) {
        return latencyMicros.getTotalCount() == 0
                ? 0
                : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }
}
