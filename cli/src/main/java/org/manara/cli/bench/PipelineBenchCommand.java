package org.manara.cli.bench;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.manara.cli.UserException;
import org.manara.model.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code manara bench pipeline}: throughput and end-to-end latency of the moderation job on the
 * real local stack (Kafka broker, Flink MiniCluster, Elasticsearch node).
 *
 * <p>Throughput: {@code --posts N} synthetic posts are loaded into a fresh topic first, then the
 * job reads that backlog with a bounded source. The first {@code --warm-up-posts} (a quarter by
 * default) are not timed: on two cores the JIT compiler takes as much CPU as the job for the first
 * minute. Posts/s is the remaining posts over the time from the last warm-up post leaving the job
 * to the last post leaving it (indexed, or discarded with {@code --no-sink}). Model and rule
 * loading are never counted; the rate over every post and the job's whole wall time are reported
 * beside it.
 *
 * <p>Latency: in a backlog every post waits for the ones before it, so a second, paced phase feeds
 * a fresh job at {@code --rate} posts/s (by default half the measured throughput) for {@code
 * --paced-seconds}, after a warm-up, and times each post from its production (its {@code
 * created_at}) to its indexing.
 */
@Command(
        name = "pipeline",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the moderation job end to end on a local Kafka broker, Flink MiniCluster and"
                    + " Elasticsearch node: posts/s over a backlog of --posts, and p50/p99 latency"
                    + " at a steady --rate.",
        })
public final class PipelineBenchCommand implements Callable<Integer> {
    static final long MAX_POSTS = 100_000_000L;
    static final int MAX_PARALLELISM = 64;
    private static final Duration WARM_UP = Duration.ofSeconds(3);

    @Spec CommandSpec spec;

    @Option(
            names = "--posts",
            required = true,
            description = "Posts in the backlog the throughput is measured on.")
    long posts;

    @Option(
            names = "--json",
            description =
                    "Print one JSON object instead of the summary (progress stays on stderr).")
    boolean json;

    @Option(
            names = "--no-sink",
            description =
                    "Replace the Elasticsearch sink with one that discards the scored posts (no"
                            + " Elasticsearch node is started).")
    boolean noSink;

    @Option(
            names = "--parallelism",
            defaultValue = "2",
            description =
                    "Parallelism of the job and partitions of the topic (default: ${DEFAULT-VALUE}).")
    int parallelism;

    @Option(
            names = "--rate",
            description =
                    "Posts/s fed in the paced latency phase (default: half the measured"
                            + " throughput).")
    Double rate;

    @Option(
            names = "--paced-seconds",
            defaultValue = "10",
            description =
                    "Length of the paced latency phase; 0 skips it and reports the backlog's"
                            + " latency (default: ${DEFAULT-VALUE}).")
    int pacedSeconds;

    @Option(
            names = "--warm-up-posts",
            description =
                    "Posts that leave the job before its throughput is timed, while the JIT"
                            + " compiles the hot code (default: a quarter of --posts; 0 times"
                            + " every post).")
    Long warmUpPosts;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the synthetic posts.")
    long seed;

    @Override
    public Integer call() throws Exception {
        validate();
        PrintWriter out = spec.commandLine().getOut();
        try (BenchStack stack = start()) {
            PhaseResult backlog = backlog(stack);
            PhaseResult paced = null;
            double pacedRate = 0;
            if (pacedSeconds > 0) {
                pacedRate =
                        rate != null ? rate : Math.max(1, Math.floor(backlog.postsPerSecond() / 2));
                paced = paced(stack, pacedRate);
            }
            if (json) {
                out.println(Json.mapper().writeValueAsString(report(backlog, paced, pacedRate)));
            } else {
                summary(out, backlog, paced, pacedRate);
            }
            out.flush();
        }
        return 0;
    }

    private void validate() {
        if (posts < 1 || posts > MAX_POSTS) {
            throw new UserException(
                    "--posts must be between 1 and " + MAX_POSTS + ", was " + posts);
        }
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new UserException(
                    "--parallelism must be between 1 and "
                            + MAX_PARALLELISM
                            + ", was "
                            + parallelism);
        }
        if (warmUpPosts != null && (warmUpPosts < 0 || warmUpPosts >= posts)) {
            throw new UserException(
                    "--warm-up-posts must be between 0 and --posts - 1 ("
                            + (posts - 1)
                            + "), was "
                            + warmUpPosts);
        }
        if (rate != null && !(rate > 0 && rate <= 1_000_000)) {
            throw new UserException("--rate must be between 0 and 1000000 posts/s, was " + rate);
        }
        if (pacedSeconds < 0 || pacedSeconds > 3600) {
            throw new UserException(
                    "--paced-seconds must be between 0 and 3600, was " + pacedSeconds);
        }
    }

    private BenchStack start() throws Exception {
        step(noSink ? "starting Kafka" : "starting Kafka and Elasticsearch");
        BenchStack stack = BenchStack.start(!noSink);
        step(
                "Kafka at "
                        + stack.kafkaBootstrap()
                        + (noSink ? "" : ", Elasticsearch at " + stack.elasticsearchUrl())
                        + " (logs in "
                        + stack.logs()
                        + ")");
        return stack;
    }

    private PhaseResult backlog(BenchStack stack) throws Exception {
        String topic = "bench-backlog-" + System.nanoTime();
        stack.createTopic(topic, parallelism);
        try (PostProducer producer = new PostProducer(stack.kafkaBootstrap(), topic, seed, false);
                ProgressBar bar = bar("loading posts", posts)) {
            producer.backlog(posts, acked -> bar.stepTo(acked));
        }
        step("running the job over the backlog of " + posts + " posts");
        Configuration options = BenchJob.options(stack, topic, parallelism, true, "backlog");
        long warmUp = warmUpPosts != null ? warmUpPosts : posts / 4;
        try (BenchRun run = BenchRun.open()) {
            run.warmUp(warmUp);
            return runJob(
                    options,
                    run,
                    posts,
                    job -> {},
                    new CpuWindow(stack.processes(), Math.max(1, warmUp)));
        }
    }

    private PhaseResult paced(BenchStack stack, double pacedRate) throws Exception {
        String topic = "bench-paced-" + System.nanoTime();
        stack.createTopic(topic, parallelism);
        step(
                String.format(
                        "paced phase: %.0f posts/s for %d s after a %d s warm-up",
                        pacedRate, pacedSeconds, WARM_UP.toSeconds()));
        Configuration options = BenchJob.options(stack, topic, parallelism, false, "paced");
        try (BenchRun run = BenchRun.open();
                PostProducer producer =
                        new PostProducer(stack.kafkaBootstrap(), topic, seed + 1, true)) {
            run.measureFrom(Instant.MAX); // warm-up posts are counted, not timed
            long[] fed = new long[1];
            return runJob(
                    options,
                    run,
                    -1,
                    job -> {
                        long warm = producer.paced(pacedRate, WARM_UP);
                        awaitOut(run, warm, job, null, null);
                        run.measureFrom(Instant.now());
                        fed[0] = warm + producer.paced(pacedRate, Duration.ofSeconds(pacedSeconds));
                        awaitOut(run, fed[0], job, null, null);
                    },
                    null);
        }
    }

    /** Work done while the job runs; returns once every post it fed has left the job. */
    private interface Feed {
        void run(CompletableFuture<?> job) throws Exception;
    }

    /**
     * Runs the job until {@code expected} posts left it (or, for -1, until {@code feed} returns),
     * then stops it if it is still running, and collects what it measured; {@code cpu}, when not
     * null, is observed while the {@code expected} posts leave.
     */
    private PhaseResult runJob(
            Configuration options, BenchRun run, long expected, Feed feed, CpuWindow cpu)
            throws Exception {
        long submitted = System.nanoTime();
        JobClient job = BenchJob.submit(options, run, noSink);
        String jobId = job.getJobID().toString();
        CompletableFuture<JobExecutionResult> result = job.getJobExecutionResult();
        try {
            feed.run(result);
            if (expected > 0) {
                try (ProgressBar bar = bar("posts out", expected)) {
                    awaitOut(run, expected, result, bar, cpu);
                }
            }
            if (result.isDone()) {
                result.get(); // a failed job fails the benchmark with its cause
            }
            long ended = result.isDone() ? System.nanoTime() : run.lastOutNanos();
            long warmUp = run.warmedUpNanos() > 0 ? run.warmUpPosts() : 0;
            long timedFrom = warmUp > 0 ? run.warmedUpNanos() : run.firstInNanos();
            return new PhaseResult(
                    run.out(),
                    warmUp,
                    (run.lastOutNanos() - timedFrom) / 1e9,
                    (run.lastOutNanos() - run.firstInNanos()) / 1e9,
                    (Math.max(ended, run.lastOutNanos()) - submitted) / 1e9,
                    run.latencyMicros(),
                    stopAndCollect(job, result, jobId),
                    cpu == null ? null : cpu.result().orElse(null));
        } catch (ExecutionException e) {
            throw new UserException("the job failed: " + rootMessage(e), e);
        } finally {
            stop(job, result);
            TaskTimes.forget(jobId);
        }
    }

    private Map<String, TaskTimes.Times> stopAndCollect(
            JobClient job, CompletableFuture<JobExecutionResult> result, String jobId) {
        stop(job, result);
        return TaskTimes.of(jobId);
    }

    private static void stop(JobClient job, CompletableFuture<JobExecutionResult> result) {
        if (!result.isDone()) {
            try {
                job.cancel().get(60, TimeUnit.SECONDS);
            } catch (Exception alreadyStopping) {
                // finished or failed meanwhile: nothing to cancel
            }
        }
        try {
            result.get(60, TimeUnit.SECONDS);
        } catch (Exception cancelledOrFailed) {
            // a cancelled job completes exceptionally; a failure was reported above
        }
    }

    /**
     * Waits until {@code expected} posts left the job, it ended, or it stalled; shows the count on
     * {@code bar} and {@code cpu} (each may be null).
     */
    private static void awaitOut(
            BenchRun run, long expected, CompletableFuture<?> job, ProgressBar bar, CpuWindow cpu)
            throws Exception {
        long lastCount = -1;
        long lastProgress = System.nanoTime();
        while (run.out() < expected && (job == null || !job.isDone())) {
            Thread.sleep(20);
            long count = run.out();
            if (bar != null) {
                bar.stepTo(count);
            }
            if (cpu != null) {
                cpu.observe(count);
            }
            if (count != lastCount) {
                lastCount = count;
                lastProgress = System.nanoTime();
            } else if (System.nanoTime() - lastProgress > BenchJob.STALL_TIMEOUT.toNanos()) {
                throw new UserException(
                        "no post left the job for "
                                + BenchJob.STALL_TIMEOUT.toSeconds()
                                + " s ("
                                + count
                                + " of "
                                + expected
                                + "); see the log");
            }
        }
        if (bar != null) {
            bar.stepTo(run.out());
        }
        if (cpu != null) {
            cpu.close(run.out());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t instanceof CancellationException ? "cancelled" : t.toString();
    }

    private Map<String, Object> report(PhaseResult backlog, PhaseResult paced, double pacedRate) {
        PhaseResult latency = paced != null ? paced : backlog;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("posts", backlog.posts());
        json.put("warm_up_posts", backlog.warmUpPosts());
        json.put("seconds", roundMillis(backlog.seconds()));
        json.put("posts_per_sec", round(backlog.postsPerSecond()));
        json.put("cold_seconds", roundMillis(backlog.coldSeconds()));
        json.put("cold_posts_per_sec", round(backlog.coldPostsPerSecond()));
        json.put("latency_ms", latency(latency));
        json.put("latency_phase", paced != null ? "paced" : "backlog");
        json.put("sink", noSink ? "none" : "elasticsearch");
        json.put("parallelism", parallelism);
        json.put("job_seconds", roundMillis(backlog.jobSeconds()));
        json.put("backlog_latency_ms", latency(backlog));
        if (paced != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("rate", round(pacedRate));
            p.put("seconds", pacedSeconds);
            p.put("timed_posts", paced.latencyMicros().getTotalCount());
            p.put("latency_ms", latency(paced));
            json.put("paced", p);
        }
        json.put("cpu", cpu(backlog.cpu()));
        json.put("tasks", tasks(backlog));
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("load_average", loadAverage());
        return json;
    }

    private static Map<String, Object> latency(PhaseResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("p50", round(r.latencyMs(50)));
        m.put("p90", round(r.latencyMs(90)));
        m.put("p99", round(r.latencyMs(99)));
        m.put("max", round(r.latencyMs(100)));
        return m;
    }

    /** The CPU block of the report, or null when it was not measured. */
    private static Map<String, Object> cpu(CpuWindow.CpuUse use) {
        if (use == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("posts", use.posts());
        m.put("seconds", roundMillis(use.seconds()));
        use.millis().forEach((process, ms) -> m.put(process + "_ms", ms));
        m.put("total_ms", use.totalMillis());
        m.put("us_per_post", round(use.microsPerPost()));
        m.put("cores_busy", round(use.cores()));
        return m;
    }

    private static List<Map<String, Object>> tasks(PhaseResult r) {
        return r.tasks().entrySet().stream()
                .map(
                        e -> {
                            Map<String, Object> t = new LinkedHashMap<>();
                            t.put("task", e.getKey());
                            t.put("subtasks", e.getValue().subtasks());
                            t.put("busy_ms", e.getValue().busyMs());
                            t.put("back_pressured_ms", e.getValue().backPressuredMs());
                            t.put("idle_ms", e.getValue().idleMs());
                            return t;
                        })
                .toList();
    }

    private void summary(
            PrintWriter out, PhaseResult backlog, PhaseResult paced, double pacedRate) {
        out.printf(
                "manara bench pipeline (%s, parallelism %d, %d cores, load %s)%n",
                noSink ? "no sink" : "Elasticsearch sink",
                parallelism,
                Runtime.getRuntime().availableProcessors(),
                loadAverage());
        out.printf(
                "  throughput   %,d posts in %.2f s = %,.0f posts/s after the first %,d (all"
                        + " %,d posts: %,.0f posts/s; job wall time %.2f s, including start-up)%n",
                backlog.posts() - backlog.warmUpPosts(),
                backlog.seconds(),
                backlog.postsPerSecond(),
                backlog.warmUpPosts(),
                backlog.posts(),
                backlog.coldPostsPerSecond(),
                backlog.jobSeconds());
        out.printf(
                "  latency      backlog p50 %.0f ms, p99 %.0f ms (every post waits for the"
                        + " backlog)%n",
                backlog.latencyMs(50), backlog.latencyMs(99));
        if (paced != null) {
            out.printf(
                    "  latency      at %,.0f posts/s: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
                            + " max %.1f ms (%,d posts)%n",
                    pacedRate,
                    paced.latencyMs(50),
                    paced.latencyMs(90),
                    paced.latencyMs(99),
                    paced.latencyMs(100),
                    paced.latencyMicros().getTotalCount());
        }
        CpuWindow.CpuUse cpu = backlog.cpu();
        if (cpu != null) {
            StringBuilder by = new StringBuilder();
            for (String process : cpu.millis().keySet()) {
                by.append(by.isEmpty() ? "" : ", ")
                        .append(String.format("%s %,.0f", process, cpu.microsPerPost(process)));
            }
            out.printf(
                    "  CPU          %,.0f µs per post after the warm-up (%s), %.2f cores busy%n",
                    cpu.microsPerPost(), by, cpu.cores());
        }
        if (!backlog.tasks().isEmpty()) {
            out.println("  task time (busy / back-pressured / idle, ms summed over subtasks):");
            backlog.tasks()
                    .forEach(
                            (task, t) ->
                                    out.printf(
                                            "    %,8d / %,8d / %,8d  %s%n",
                                            t.busyMs(), t.backPressuredMs(), t.idleMs(), task));
        }
    }

    private static String loadAverage() {
        double load =
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage();
        return load < 0 ? "unknown" : String.format("%.2f", load);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Seconds to the millisecond, so that short runs' rates can be checked against them. */
    private static double roundMillis(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static ProgressBar bar(String task, long total) {
        return new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(stderr()))
                .build();
    }

    private static PrintStream stderr() {
        return System.err;
    }

    private void step(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("manara bench: " + message);
        err.flush();
    }
}
