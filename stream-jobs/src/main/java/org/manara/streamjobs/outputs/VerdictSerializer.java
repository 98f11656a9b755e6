package org.manara.streamjobs.outputs;

import static org.apache.flink.util.Preconditions.checkNotNull;

import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.manara.model.ScoredPost;

/**
 * Writes each scored post's {@link VerdictMessage} as JSON to the verdicts topic, keyed by post id
 * so every verdict of a post lands on the same partition and a compacted topic keeps the latest.
 */
public final class VerdictSerializer implements KafkaRecordSerializationSchema<ScoredPost> {
    private static final long serialVersionUID = 1L;

    private final String topic;

    public VerdictSerializer(String topic) {
        this.topic = checkNotNull(topic, "topic");
    }

    @Override
    public ProducerRecord<byte[], byte[]> serialize(
            ScoredPost scored, KafkaSinkContext context, Long timestamp) {
        return new ProducerRecord<>(
                topic,
                null,
                timestamp,
                JsonBytes.key(scored.post().id()),
                JsonBytes.of(VerdictMessage.of(scored)));
    }
}
