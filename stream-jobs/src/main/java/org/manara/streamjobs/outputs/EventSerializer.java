package org.manara.streamjobs.outputs;

import static org.apache.flink.util.Preconditions.checkNotNull;

import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.manara.model.ModerationEvent;

/**
 * Writes a {@link ModerationEvent} as JSON to the events topic, keyed by post id so the events of
 * one post stay in order on one partition; consumers de-duplicate on the event's stable {@code id}.
 */
public final class EventSerializer implements KafkaRecordSerializationSchema<ModerationEvent> {
    private static final long serialVersionUID = 1L;

    private final String topic;

    public EventSerializer(String topic) {
        this.topic = checkNotNull(topic, "topic");
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            ModerationEvent event, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(
                topic, null, timestamp, JsonBytes.key(event.postId()), JsonBytes.of(event));
    }
}
