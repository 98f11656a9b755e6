package org.manara.streamjobs.options;

import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.manara.model.Topics;

/** Typed options for the job's Kafka input and dead-letter output. */
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
                    .defaultValue(DeliveryGuarantee.AT_LEAST_ONCE)
                    .withDescription(
                            "Guarantee for Kafka outputs: AT_LEAST_ONCE or EXACTLY_ONCE"
                                    + " (transactions committed on checkpoints; needs"
                                    + " checkpointing).");

    public static final ConfigOption<String> TRANSACTIONAL_ID_PREFIX =
            ConfigOptions.key("kafka.transactional-id-prefix")
                    .stringType()
                    .defaultValue("manara-moderation-pipeline")
                    .withDescription(
                            "Prefix of Kafka transactional ids for EXACTLY_ONCE; unique per job"
                                    + " on a cluster.");

    private KafkaOptions() {}
}
