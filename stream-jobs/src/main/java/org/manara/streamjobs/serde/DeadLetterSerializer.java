package org.manara.streamjobs.serde;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.manara.model.DeadLetter;
import org.manara.model.Json;

/**
 * Writes a {@link DeadLetter} as JSON to the dead-letter topic, keyed by its source coordinates
 * ({@code topic/partition/offset}) so a replayed record lands on the same partition with the same
 * key and consumers can de-duplicate.
 */
public final class DeadLetterSerializer implements KafkaRecordSerializationSchema<DeadLetter> {
    private static final long serialVersionUID = 1L;

    private final String topic;

    public DeadLetterSerializer(String topic) {
        this.topic = topic;
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            DeadLetter deadLetter, KafkaSinkContext context, Long timestamp) {
        byte[] key =
                deadLetter.source() == null
                        ? null
                        : deadLetter.source().getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(topic, null, timestamp, key, toJson(deadLetter));
    }

    /** The JSON bytes of a dead letter; a record of strings and lists always serialises. */
    public static byte[] toJson(DeadLetter deadLetter) {
        try {
            return Json.mapper().writeValueAsBytes(deadLetter);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a dead letter", e);
        }
    }
}
