package org.manara.streamjobs.rules;

import org.apache.flink.api.common.serialization.DeserializationSchema;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.metrics.Counter;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads {@link RuleSetMessage}s from the rules topic. A record that is not one (not JSON, a
 * tombstone, a version that does not match its files) is logged and skipped: the rules in force
 * stay, and the job does not fail over a bad publication.
 */
public final class RuleSetMessageDeserializer
        implements KafkaRecordDeserializationSchema<RuleSetMessage> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(RuleSetMessageDeserializer.class);

    private transient Counter skipped;

    @Override
    public void open(DeserializationSchema.InitializationContext context) {
        skipped = context.getMetricGroup().counter("ruleSetRecordsSkipped");
    }

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RuleSetMessage> out) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        if (record.value() == null) {
            skip("skipping rule set record {}: empty (a tombstone)", where, null);
            return;
        }
        RuleSetMessage message;
        try {
            message = RuleSetMessage.fromJson(record.value());
        } catch (Exception e) {
            skip(
                    "skipping rule set record {}: not a rule set message: {}",
                    where,
                    abbreviate(String.valueOf(e.getMessage())));
            return;
        }
        if (!message.consistent()) {
            skip(
                    "skipping rule set record {}: version {} is not the hash of its files",
                    where,
                    message.version());
            return;
        }
        out.collect(message);
    }

    private void skip(String format, String where, Object detail) {
        if (skipped != null) {
            skipped.inc();
        }
        LOG.warn(format, where, detail);
    }

    private static String abbreviate(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    @Override
    public TypeInformation<RuleSetMessage> getProducedType() {
        return TypeInformation.of(RuleSetMessage.class);
    }
}
