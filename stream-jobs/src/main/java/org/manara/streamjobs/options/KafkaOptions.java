package org.manara.streamjobs.options;

import java.time.Duration;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.manara.model.Topics;

/**
 * Typed options for the job's Kafka input and outputs (dead letters, verdicts, events) and the
 * rules topic.
 *
 * <p>Kafka outputs are {@code EXACTLY_ONCE} by default: each sink writes in Kafka transactions that
 * commit when a checkpoint completes. Two consequences for readers of the output topics: they must
 * read with {@code isolation.level=read_committed} (otherwise they also see records of aborted
 * transactions, i.e. duplicates after a failover), and records become visible only at checkpoints,
 * so the checkpoint interval is the output latency. {@link Checkpointing#configure} refuses {@code
 * EXACTLY_ONCE} with checkpointing disabled.
 */
public final class KafkaOptions {

    public static final ConfigOption<String> BOOTSTRAP_SERVERS =
            ConfigOptions.key("kafka.bootstrap-servers")
                    .stringType()
                    .defaultValue("localhost:9092")
                    .withDescription("Comma-separated Kafka bootstrap servers (host:port).");

    public static final ConfigOption<String> INPUT_TOPIC =
            ConfigOptions.key("kafka.input-topic")
                    .stringType()
                    .defaultValue(Topics.POSTS)
                    .withDescription("Topic the raw post JSON is read from.");

    public static final ConfigOption<String> DEAD_LETTER_TOPIC =
            ConfigOptions.key("kafka.dead-letter-topic")
                    .stringType()
                    .defaultValue(Topics.POSTS_DEADLETTER)
                    .withDescription("Topic invalid records are written to, as DeadLetter JSON.");

    public static final ConfigOption<String> VERDICTS_TOPIC =
            ConfigOptions.key("kafka.verdicts-topic")
                    .stringType()
                    .defaultValue(Topics.VERDICTS)
                    .withDescription(
                            "Topic one verdict per scored post is written to, as JSON keyed by"
                                    + " post id.");

    public static final ConfigOption<String> EVENTS_TOPIC =
            ConfigOptions.key("kafka.events-topic")
                    .stringType()
                    .defaultValue(Topics.EVENTS)
                    .withDescription(
                            "Topic moderation events (post.flagged, post.removed, ...) are written"
                                    + " to, as JSON keyed by post id with a stable event id.");

    public static final ConfigOption<String> RULES_TOPIC =
            ConfigOptions.key("kafka.rules-topic")
                    .stringType()
                    .defaultValue(Topics.RULES)
                    .withDescription("Compacted topic published rule sets are read from.");

    public static final ConfigOption<String> GROUP_ID =
            ConfigOptions.key("kafka.group-id")
                    .stringType()
                    .defaultValue("manara-moderation-pipeline")
                    .withDescription(
                            "Consumer group id; offsets are committed under it on checkpoints.");

    public static final ConfigOption<StartingOffsets> STARTING_OFFSETS =
            ConfigOptions.key("kafka.starting-offsets")
                    .enumType(StartingOffsets.class)
                    .defaultValue(StartingOffsets.COMMITTED)
                    .withDescription(
                            "Where to start without a checkpoint: COMMITTED (group offsets, else"
                                    + " earliest), EARLIEST or LATEST.");

    public static final ConfigOption<Boolean> BOUNDED =
            ConfigOptions.key("kafka.bounded")
                    .booleanType()
                    .defaultValue(false)
                    .withDescription(
                            "Stop at the offsets that are latest when the job starts, so the job"
                                    + " finishes (replays, tests, benchmarks).");

    public static final ConfigOption<DeliveryGuarantee> DELIVERY_GUARANTEE =
            ConfigOptions.key("kafka.delivery-guarantee")
                    .enumType(DeliveryGuarantee.class)
                    .defaultValue(DeliveryGuarantee.EXACTLY_ONCE)
                    .withDescription(
                            "Guarantee for Kafka outputs: EXACTLY_ONCE (transactions committed on"
                                    + " checkpoints: needs checkpointing, records appear at"
                                    + " checkpoints, readers must use"
                                    + " isolation.level=read_committed) or AT_LEAST_ONCE"
                                    + " (records appear at once, duplicates after a failover).");

    public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX =
            ConfigOptions.key("kafka.transactional-id-prefix")
                    .stringType()
                    .defaultValue("manara-moderation-pipeline")
                    .withDescription(
                            "Prefix of Kafka transactional ids for EXACTLY_ONCE; unique per job"
                                    + " on a cluster. Each sink appends its own suffix"
                                    + " (-dead-letters, -verdicts, -events).");

    public static final ConfigOption<MemorySize> PRODUCER_BATCH_SIZE =
            ConfigOptions.key("kafka.producer.batch-size")
                    .memoryType()
                    .defaultValue(MemorySize.parse("256kb"))
                    .withDescription(
                            "Largest batch a Kafka output's producer sends to one partition at a"
                                    + " time (batch.size). Larger batches cost the broker and the"
                                    + " producer less per record; 256 kb gave about 8% less"
                                    + " machine CPU per post than Kafka's 16 kb in the pipeline"
                                    + " benchmark (docs/benchmarks.md).");

    public static final ConfigOption<Duration> PRODUCER_LINGER =
            ConfigOptions.key("kafka.producer.linger")
                    .durationType()
                    .defaultValue(Duration.ofMillis(50))
                    .withDescription(
                            "How long a Kafka output's producer waits to fill a batch before"
                                    + " sending it (linger.ms). With EXACTLY_ONCE records appear"
                                    + " only at checkpoints anyway; with AT_LEAST_ONCE it is the"
                                    + " most it adds to a verdict's or event's delay.");

    private KafkaOptions() {}
}
