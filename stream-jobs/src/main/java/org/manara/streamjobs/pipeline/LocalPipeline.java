package org.manara.streamjobs.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.manara.streamjobs.options.Checkpointing;
import org.manara.streamjobs.options.ElasticsearchOptions;
import org.manara.streamjobs.options.JobOptions;
import org.manara.streamjobs.options.KafkaOptions;

/**
 * The moderation job running on a local, in-process Flink MiniCluster: what the demo and the
 * benchmark start. {@link #start} returns once the job is submitted; {@link #close} cancels it and
 * waits for the MiniCluster to shut down.
 *
 * <pre>{@code
 * try (LocalPipeline p = LocalPipeline.start(LocalPipeline.options("127.0.0.1:9092", "http://127.0.0.1:9200", dir))) {
 *     ... produce posts, query Elasticsearch ...
 * }
 * }</pre>
 */
public final class LocalPipeline implements AutoCloseable {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

    private final JobClient client;

    private LocalPipeline(JobClient client) {
        this.client = client;
    }

    /**
     * Options for a local stack: the given Kafka bootstrap servers and Elasticsearch URL, no
     * replicas (a single node), checkpoints every 5 s written under {@code checkpoints}. A
     * MiniCluster would otherwise keep checkpoints in the job manager's memory, which refuses any
     * over 5 MB: the counters' state passes that after some tens of thousands of posts, and the job
     * then fails over again and again. Adjust the returned configuration freely.
     */
    public static Configuration options(
            String kafkaBootstrap, String elasticsearchUrl, Path checkpoints) {
        Configuration options = new Configuration();
        options.set(Checkpointing.CHECKPOINT_DIR, checkpoints.toAbsolutePath().toUri().toString());
        options.set(KafkaOptions.BOOTSTRAP_SERVERS, kafkaBootstrap);
        options.set(ElasticsearchOptions.HOSTS, java.util.List.of(elasticsearchUrl));
        options.set(ElasticsearchOptions.INDEX_REPLICAS, 0);
        options.set(JobOptions.CHECKPOINT_INTERVAL, Duration.ofSeconds(5));
        return options;
    }

    /** Submits the job to a new local MiniCluster sized for its parallelism; does not block. */
    public static LocalPipeline start(ReadableConfig options) throws Exception {
        Configuration cluster = new Configuration();
        cluster.set(TaskManagerOptions.NUM_TASK_SLOTS, options.get(JobOptions.PARALLELISM));
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(
                        options.get(JobOptions.PARALLELISM), cluster);
        return new LocalPipeline(ModerationJob.start(env, options));
    }

    public JobID jobId() {
        return client.getJobID();
    }

    /** The job's current status (RUNNING while it consumes; FINISHED after a bounded input). */
    public JobStatus status() throws Exception {
        return client.getJobStatus().get(30, TimeUnit.SECONDS);
    }

    /** Completes when the job finishes, exceptionally when it fails or is cancelled. */
    public CompletableFuture<JobExecutionResult> result() {
        return client.getJobExecutionResult();
    }

    /** Cancels the job (if still running) and waits for it and its MiniCluster to stop. */
    @Override
    public void close() throws Exception {
        CompletableFuture<JobExecutionResult> result = client.getJobExecutionResult();
        if (!result.isDone()) {
            try {
                client.cancel().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException alreadyTerminal) {
                // Finished or failed between the check and the cancel: nothing left to stop.
            }
        }
        try {
            result.get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | java.util.concurrent.CancellationException expected) {
            // A cancelled job completes its result exceptionally.
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "the local pipeline did not stop within " + STOP_TIMEOUT, e);
        }
    }
}
