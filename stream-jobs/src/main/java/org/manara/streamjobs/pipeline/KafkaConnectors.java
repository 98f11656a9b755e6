package org.manara.streamjobs.pipeline;

import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.manara.model.DeadLetter;
import org.manara.streamjobs.options.KafkaOptions;
import org.manara.streamjobs.options.StartingOffsets;
import org.manara.streamjobs.serde.DeadLetterSerializer;
import org.manara.streamjobs.serde.RawPost;
import org.manara.streamjobs.serde.RawPostDeserializer;

/** The job's Kafka source and dead-letter sink, built from {@link KafkaOptions}. */
public final class KafkaConnectors {

    /** Reads raw post records, keeping their coordinates; offsets commit on checkpoints. */
    public static KafkaSource<RawPost> postsSource(ReadableConfig options) {
        KafkaSourceBuilder<RawPost> builder =
                KafkaSource.<RawPost>builder()
                        .setBootstrapServers(options.get(KafkaOptions.BOOTSTRAP_SERVERS))
                        .setTopics(options.get(KafkaOptions.INPUT_TOPIC))
                        .setGroupId(options.get(KafkaOptions.GROUP_ID))
                        .setStartingOffsets(
                                startingOffsets(options.get(KafkaOptions.STARTING_OFFSETS)))
                        .setDeserializer(new RawPostDeserializer())
                        // Only see committed records when producers write transactionally.
                        .setProperty(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        if (options.get(KafkaOptions.BOUNDED)) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    /** Writes dead letters as JSON keyed by their source coordinates. */
    public static KafkaSink<DeadLetter> deadLetterSink(ReadableConfig options) {
        DeliveryGuarantee guarantee = options.get(KafkaOptions.DELIVERY_GUARANTEE);
        var builder =
                KafkaSink.<DeadLetter>builder()
                        .setBootstrapServers(options.get(KafkaOptions.BOOTSTRAP_SERVERS))
                        .setRecordSerializer(
                                new DeadLetterSerializer(
                                        options.get(KafkaOptions.DEAD_LETTER_TOPIC)))
                        .setDeliveryGuarantee(guarantee)
                        .setProperty(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
            builder.setTransactionalIdPrefix(
                            options.get(KafkaOptions.TRANSACTIONAL_ID_PREFIX) + "-dead-letters")
                    // At most the broker's default transaction.max.timeout.ms (15 minutes).
                    .setProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "900000");
        }
        return builder.build();
    }

    static OffsetsInitializer startingOffsets(StartingOffsets offsets) {
        return switch (offsets) {
            case COMMITTED -> OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
            case EARLIEST -> OffsetsInitializer.earliest();
            case LATEST -> OffsetsInitializer.latest();
        };
    }

    private KafkaConnectors() {}
}
