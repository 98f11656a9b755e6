package org.manara.streamjobs.serde;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps each Kafka record's value bytes and coordinates without parsing them: parsing happens in
 * the validation operator, where a failure becomes a dead letter instead of a failed source.
 */
public final class RawPostDeserializer implements KafkaRecordDeserializationSchema<RawPost> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawPost> out) {
        out.collect(
                new RawPost(record.value(), record.topic(), record.partition(), record.offset()));
    }

    @Override
    public TypeInformation<RawPost> getProducedType() {
        return TypeInformation.of(RawPost.class);
    }
}
