package org.manara.streamjobs.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.sink.KafkaSinkBuilder;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.manara.model.DeadLetter;
import org.manara.model.ModerationEvent;
import org.manara.model.ScoredPost;
import org.manara.streamjobs.options.KafkaOptions;
import org.manara.streamjobs.options.StartingOffsets;
import org.manara.streamjobs.outputs.EventSerializer;
import org.manara.streamjobs.outputs.VerdictSerializer;
import org.manara.streamjobs.serde.DeadLetterSerializer;
import org.manara.streamjobs.serde.RawPost;
import org.manara.streamjobs.serde.RawPostDeserializer;

/**
 * The job's Kafka source and sinks (dead letters, verdicts, events), built from {@link
 * KafkaOptions}. Every sink shares one configuration: {@code EXACTLY_ONCE} by default, lz4
 * compression, the batch size and linger of {@link KafkaOptions#PRODUCER_BATCH_SIZE} and {@link
 * KafkaOptions#PRODUCER_LINGER}, and a transactional-id prefix of its own.
 */
public final class KafkaConnectors {
    static final String DEAD_LETTERS = "dead-letters";
    static final String VERDICTS = "verdicts";
    static final String EVENTS = "events";

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
        return sink(
                options,
                new DeadLetterSerializer(options.get(KafkaOptions.DEAD_LETTER_TOPIC)),
                DEAD_LETTERS);
    }

    /** Writes one verdict per scored post as JSON keyed by post id ({@link VerdictSerializer}). */
    public static KafkaSink<ScoredPost> verdictsSink(ReadableConfig options) {
        return sink(
                options, new VerdictSerializer(options.get(KafkaOptions.VERDICTS_TOPIC)), VERDICTS);
    }

    /**
     * Writes moderation events as JSON keyed by post id ({@link EventSerializer}); feed it with
     * {@link org.manara.streamjobs.outputs.ToModerationEvents}.
     */
    public static KafkaSink<ModerationEvent> eventsSink(ReadableConfig options) {
        return sink(options, new EventSerializer(options.get(KafkaOptions.EVENTS_TOPIC)), EVENTS);
    }

    /**
     * The transactional-id prefix of one output: the job's prefix plus the output's name. Each sink
     * needs its own, because a sink aborts the lingering transactions under its prefix when it
     * starts and would otherwise fence the other sinks' producers.
     */
    static String transactionalIdPrefix(ReadableConfig options, String output) {
        return options.get(KafkaOptions.TRANSACTIONAL_ID_PREFIX) + "-" + output;
    }

    /** A sink with the job's bootstrap servers, guarantee and {@link #producerProperties}. */
    private static <T> KafkaSink<T> sink(
            ReadableConfig options, KafkaRecordSerializationSchema<T> serializer, String output) {
        DeliveryGuarantee guarantee = options.get(KafkaOptions.DELIVERY_GUARANTEE);
        KafkaSinkBuilder<T> builder =
                KafkaSink.<T>builder()
                        .setBootstrapServers(options.get(KafkaOptions.BOOTSTRAP_SERVERS))
                        .setRecordSerializer(serializer)
                        .setDeliveryGuarantee(guarantee);
        producerProperties(options).forEach(builder::setProperty);
        if (guarantee == DeliveryGuarantee.EXACTLY_ONCE) {
            builder.setTransactionalIdPrefix(transactionalIdPrefix(options, output));
        }
        return builder.build();
    }

    /**
     * The producer settings every Kafka output shares: lz4 compression, the batch size and linger
     * of the job options, and for {@code EXACTLY_ONCE} a transaction timeout of 15 minutes.
     *
     * @throws IllegalArgumentException when the batch size is not between 1 byte and 2 GiB - 1
     */
    static Map<String, String> producerProperties(ReadableConfig options) {
        long batchBytes = options.get(KafkaOptions.PRODUCER_BATCH_SIZE).getBytes();
        if (batchBytes < 1 || batchBytes > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    KafkaOptions.PRODUCER_BATCH_SIZE.key()
                            + " must be between 1 b and 2 gb - 1 b, was "
                            + options.get(KafkaOptions.PRODUCER_BATCH_SIZE));
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, Long.toString(batchBytes));
        properties.put(
                ProducerConfig.LINGER_MS_CONFIG,
                Long.toString(options.get(KafkaOptions.PRODUCER_LINGER).toMillis()));
        if (options.get(KafkaOptions.DELIVERY_GUARANTEE) == DeliveryGuarantee.EXACTLY_ONCE) {
            // At most the broker's default transaction.max.timeout.ms (15 minutes); a
            // transaction spans one checkpoint interval plus any Elasticsearch outage that
            // holds the checkpoint back.
            properties.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "900000");
        }
        return properties;
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
