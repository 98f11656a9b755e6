package org.manara.cli.bench;

import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * What one phase measured.
 *
 * @param posts posts that left the job (indexed or discarded)
 * @param warmUpPosts the first posts out, left out of the throughput (JIT warm-up)
 * @param seconds from the last warm-up post leaving the job (without warm-up: the first post
 *     reaching the sink) to the last one leaving it
 * @param coldSeconds from the first post reaching the sink to the last one leaving the job
 * @param jobSeconds from submission to the job's end (includes model and rule loading)
 * @param latencyMicros end-to-end latency of every timed post
 * @param tasks busy, back-pressured and idle time per task
 * @param cpu CPU time of the job, the broker and the node while the timed posts left the job; null
 *     when not measured (the paced phase, or a platform that does not report it)
 */
record PhaseResult(
        long posts,
        long warmUpPosts,
        double seconds,
        double coldSeconds,
        double jobSeconds,
        Histogram latencyMicros,
        Map<String, TaskTimes.Times> tasks,
        CpuWindow.CpuUse cpu) {

    /** Throughput after the warm-up: the posts timed over {@link #seconds}. */
    double postsPerSecond() {
        return seconds > 0 ? (posts - warmUpPosts) / seconds : 0;
    }

    /** Throughput over every post, JIT warm-up included. */
    double coldPostsPerSecond() {
        return coldSeconds > 0 ? posts / coldSeconds : 0;
    }

    double latencyMs(double percentile) {
        return latencyMicros.getTotalCount() == 0
                ? 0
                : latencyMicros.getValueAtPercentile(percentile) / 1000.0;
    }
}
