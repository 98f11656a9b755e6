package org.manara.cli.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * What one benchmark phase measures, shared between the command and the job's sink subtasks. The
 * job runs on a MiniCluster in this JVM, and Flink hands every subtask a deserialised copy of the
 * sink, so the copies find their phase through a static registry keyed by the run id they carry.
 *
 * <p>Latency is the time a post leaves the job (indexed by Elasticsearch, or handed to the
 * discarding sink) minus its {@code created_at}, which the loader sets to the moment it produced
 * the record; both clocks are this machine's wall clock.
 */
final class BenchRun implements AutoCloseable {
    private static final Map<String, BenchRun> RUNS = new ConcurrentHashMap<>();

    /** Latencies up to an hour in microseconds, three significant digits. */
    private static final long MAX_LATENCY_MICROS = 3_600_000_000L;

    private final String id = UUID.randomUUID().toString();
    private final AtomicLong firstInNanos = new AtomicLong();
    private final AtomicLong lastOutNanos = new AtomicLong();
    private final AtomicLong out = new AtomicLong();
    private final AtomicLong warmedUpNanos = new AtomicLong();

    /** Posts that leave the job before throughput is timed (JIT compilation, caches); 0: none. */
    private volatile long warmUpPosts;

    private final Recorder latencies = new Recorder(MAX_LATENCY_MICROS, 3);
    private final Histogram total = new Histogram(MAX_LATENCY_MICROS, 3);

    /** Posts created before this instant are counted but not timed (warm-up). */
    private volatile Instant measureFrom = Instant.EPOCH;

    /** created_at of documents waiting for Elasticsearch to acknowledge them, by document id. */
    private final Map<String, Instant> pending = new ConcurrentHashMap<>();

    static BenchRun open() {
        BenchRun run = new BenchRun();
        RUNS.put(run.id, run);
        return run;
    }

    /** The run a sink subtask reports to; fails loudly if the job runs outside this JVM. */
    static BenchRun get(String id) {
        BenchRun run = RUNS.get(id);
        if (run == null) {
            throw new IllegalStateException(
                    "benchmark run " + id + " is not registered in this JVM");
        }
        return run;
    }

    String id() {
        return id;
    }

    /**
     * Throughput is timed from the moment the {@code posts}-th post leaves the job instead of from
     * the first one's arrival; {@link #warmedUpNanos} is that moment.
     */
    void warmUp(long posts) {
        warmUpPosts = posts;
    }

    void measureFrom(Instant from) {
        measureFrom = from;
    }

    /** A post reached the job's last operator. */
    void arrived() {
        firstInNanos.compareAndSet(0, System.nanoTime());
    }

    /** A document is on its way to Elasticsearch; {@link #indexed} times it. */
    void sending(String documentId, Instant createdAt) {
        pending.put(documentId, createdAt);
    }

    /** Elasticsearch acknowledged the document. */
    void indexed(String documentId) {
        Instant createdAt = pending.remove(documentId);
        if (createdAt != null) {
            left(createdAt);
        }
    }

    /** A post left the job now. */
    void left(Instant createdAt) {
        Instant now = Instant.now();
        if (!createdAt.isBefore(measureFrom)) {
            long micros = Math.max(0, Duration.between(createdAt, now).toNanos() / 1000);
            latencies.recordValue(Math.min(micros, MAX_LATENCY_MICROS));
        }
        long n = out.incrementAndGet();
        long nanos = System.nanoTime();
        lastOutNanos.set(nanos);
        if (n == warmUpPosts) {
            warmedUpNanos.set(nanos);
        }
    }

    long out() {
        return out.get();
    }

    /** When the last warm-up post left the job; 0 before that, or without warm-up. */
    long warmedUpNanos() {
        return warmedUpNanos.get();
    }

    long warmUpPosts() {
        return warmUpPosts;
    }

    long firstInNanos() {
        return firstInNanos.get();
    }

    long lastOutNanos() {
        return lastOutNanos.get();
    }

    /** Every latency recorded so far, in microseconds. */
    synchronized Histogram latencyMicros() {
        total.add(latencies.getIntervalHistogram());
        return total.copy();
    }

    @Override
    public void close() {
        RUNS.remove(id);
    }
}
