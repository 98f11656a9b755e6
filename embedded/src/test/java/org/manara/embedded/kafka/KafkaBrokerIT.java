package org.manara.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.embedded.junit.KafkaExtension;

class KafkaBrokerIT {
    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();

    /** A second registration in the same JVM gets the same broker, not a new one. */
    @RegisterExtension static final KafkaExtension SAME_BROKER = new KafkaExtension();

    @Test
    void producesAndConsumesAThousandRecords() throws Exception {
        String topic = KAFKA.createTopic("records", 3);
        List<String> values = Records.numbered("value-", 1000);
        System.out.printf(
                "startup: kafka in-process (shared) %d ms%n",
                KAFKA.kafka().startupTime().toMillis());

        Records.send(KAFKA.bootstrapServers(), topic, values);

        assertThat(Records.read(KAFKA.bootstrapServers(), topic, 1000, "read_committed"))
                .containsExactlyInAnyOrderElementsOf(values);
    }

    @Test
    void transactionalCommitsAreVisibleToReadCommittedConsumersAndAbortsAreNot() throws Exception {
        String topic = KAFKA.createTopic("transactions", 2);
        Map<String, Object> transactional =
                Map.of(
                        ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                        "tx-" + UUID.randomUUID(),
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true);
        try (KafkaProducer<String, String> producer =
                Records.producer(KAFKA.bootstrapServers(), transactional)) {
            producer.initTransactions();
            producer.beginTransaction();
            Records.numbered("committed-", 10)
                    .forEach(v -> producer.send(new ProducerRecord<>(topic, v, v)));
            producer.commitTransaction();
            producer.beginTransaction();
            Records.numbered("aborted-", 5)
                    .forEach(v -> producer.send(new ProducerRecord<>(topic, v, v)));
            producer.flush();
            producer.abortTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(topic, "last", "last"));
            producer.commitTransaction();
        }

        List<String> committed =
                Records.read(KAFKA.bootstrapServers(), topic, 11, "read_committed");
        List<String> uncommitted =
                Records.read(KAFKA.bootstrapServers(), topic, 16, "read_uncommitted");

        assertThat(committed)
                .hasSize(11)
                .contains("committed-0", "committed-9", "last")
                .noneMatch(v -> v.startsWith("aborted-"));
        assertThat(uncommitted).hasSize(16).contains("aborted-0", "aborted-4");
    }

    @Test
    void compactedTopicsAreCompacted() throws Exception {
        String topic = KAFKA.createCompactedTopic("rules", 1);
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);

        String policy =
                KAFKA.kafka()
                        .admin()
                        .describeConfigs(List.of(resource))
                        .all()
                        .get(30, TimeUnit.SECONDS)
                        .get(resource)
                        .get("cleanup.policy")
                        .value();

        assertThat(policy).isEqualTo("compact");
    }

    @Test
    void creatingAnExistingTopicLeavesItAlone() {
        String topic = KAFKA.uniqueTopic("twice");

        assertThat(KAFKA.kafka().createTopic(topic, 2)).isTrue();
        assertThat(KAFKA.kafka().createTopic(topic, 5)).isFalse();
    }

    @Test
    void extensionsInOneJvmShareTheBroker() {
        assertThat(SAME_BROKER.kafka()).isSameAs(KAFKA.kafka());
        assertThat(KAFKA.clientProperties())
                .containsEntry("bootstrap.servers", KAFKA.bootstrapServers());
    }
}
