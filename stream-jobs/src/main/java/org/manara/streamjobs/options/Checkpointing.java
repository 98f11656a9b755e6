package org.manara.streamjobs.options;

import static org.apache.flink.util.Preconditions.checkArgument;

import java.time.Duration;
import java.util.Optional;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Checkpointing for the moderation job, on by default: it is what makes the outputs exact. Kafka
 * offsets, buffered Elasticsearch documents and Kafka transactions all advance together at each
 * checkpoint, so a job restarted from its latest checkpoint neither skips nor repeats a post.
 *
 * <p>Checkpoints are exactly-once (aligned barriers), retained when the job is cancelled (so an
 * operator can restart from the latest one with {@code flink run -s <dir>/<job-id>/chk-<n>}), and
 * stored in {@link #CHECKPOINT_DIR} when it is set, otherwise wherever the cluster's configuration
 * says (the JobManager's memory if it says nothing, which survives task failures but not a
 * JobManager restart).
 */
public final class Checkpointing {

    public static final ConfigOption<String> CHECKPOINT_DIR =
            ConfigOptions.key("job.checkpoint-dir")
                    .stringType()
                    .noDefaultValue()
                    .withDescription(
                            "Directory (URI such as file:///data/checkpoints or s3://bucket/path)"
                                    + " checkpoints are written to; each job gets a sub-directory"
                                    + " by job id. Without it the cluster's"
                                    + " execution.checkpointing.dir applies, else the JobManager's"
                                    + " memory.");

    public static final ConfigOption<Duration> MIN_PAUSE =
            ConfigOptions.key("job.checkpoint-min-pause")
                    .durationType()
                    .defaultValue(Duration.ofMillis(500))
                    .withDescription(
                            "Least time between the end of one checkpoint and the start of the"
                                    + " next, so slow checkpoints cannot starve processing.");

    public static final ConfigOption<Duration> TIMEOUT =
            ConfigOptions.key("job.checkpoint-timeout")
                    .durationType()
                    .defaultValue(Duration.ofMinutes(10))
                    .withDescription(
                            "A checkpoint not complete after this long is declined. A checkpoint"
                                    + " waits for buffered Elasticsearch documents, so an"
                                    + " Elasticsearch outage makes checkpoints long.");

    public static final ConfigOption<Integer> TOLERABLE_FAILURES =
            ConfigOptions.key("job.checkpoint-tolerable-failures")
                    .intType()
                    .defaultValue(3)
                    .withDescription(
                            "Consecutive failed checkpoints tolerated before the job fails over"
                                    + " (and restarts from the last completed one).");

    /**
     * Applies the checkpointing options to {@code env}.
     *
     * @throws IllegalArgumentException when {@code job.checkpoint-interval} is 0 (disabled) while
     *     {@code kafka.delivery-guarantee} is {@code EXACTLY_ONCE}: transactions commit only on
     *     checkpoints, so the Kafka outputs would never become visible
     */
    public static void configure(StreamExecutionEnvironment env, ReadableConfig options) {
        env.configure(toConfiguration(options));
    }

    /** The Flink settings {@link #configure} applies; empty when checkpointing is disabled. */
    public static Configuration toConfiguration(ReadableConfig options) {
        Duration interval = options.get(JobOptions.CHECKPOINT_INTERVAL);
        Configuration conf = new Configuration();
        if (interval.isZero() || interval.isNegative()) {
            checkArgument(
                    options.get(KafkaOptions.DELIVERY_GUARANTEE) != DeliveryGuarantee.EXACTLY_ONCE,
                    "%s=EXACTLY_ONCE needs checkpointing, but %s is %s: Kafka transactions commit"
                            + " only on checkpoints, so no output would ever be visible. Set a"
                            + " positive %s or %s=AT_LEAST_ONCE.",
                    KafkaOptions.DELIVERY_GUARANTEE.key(),
                    JobOptions.CHECKPOINT_INTERVAL.key(),
                    interval,
                    JobOptions.CHECKPOINT_INTERVAL.key(),
                    KafkaOptions.DELIVERY_GUARANTEE.key());
            return conf;
        }
        Duration minPause = options.get(MIN_PAUSE);
        checkArgument(
                !minPause.isNegative(), "%s must not be negative: %s", MIN_PAUSE.key(), minPause);
        Duration timeout = options.get(TIMEOUT);
        checkArgument(
                !timeout.isZero() && !timeout.isNegative(),
                "%s must be positive: %s",
                TIMEOUT.key(),
                timeout);
        int tolerable = options.get(TOLERABLE_FAILURES);
        checkArgument(
                tolerable >= 0, "%s must not be negative: %s", TOLERABLE_FAILURES.key(), tolerable);

        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, interval);
        conf.set(
                CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE,
                CheckpointingMode.EXACTLY_ONCE);
        conf.set(CheckpointingOptions.MIN_PAUSE_BETWEEN_CHECKPOINTS, minPause);
        conf.set(CheckpointingOptions.CHECKPOINTING_TIMEOUT, timeout);
        conf.set(CheckpointingOptions.TOLERABLE_FAILURE_NUMBER, tolerable);
        conf.set(
                CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION,
                ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        Optional<String> dir = options.getOptional(CHECKPOINT_DIR).map(String::strip);
        dir.ifPresent(
                d -> {
                    checkArgument(!d.isEmpty(), "%s must not be blank", CHECKPOINT_DIR.key());
                    conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
                    conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, d);
                });
        return conf;
    }

    private Checkpointing() {}
}
