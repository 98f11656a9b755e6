package org.manara.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.manara.cli.CliRun;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.rules.format.RuleSource;
import org.manara.streamjobs.rules.RuleSetMessage;
import org.manara.streamjobs.rules.RulesTopic;

/** {@code manara rules publish} against a real broker. */
class RulesPublishCommandIT {
    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();

    @Test
    void aValidDirectoryLandsOnTheCompactedTopic(@TempDir Path tmp) throws Exception {
        Path dir = RuleDirs.rulesDir(tmp, RuleDirs.VALID_RULE);
        String topic = KAFKA.uniqueTopic("rules");
        String version = RuleSource.fromDirectory(dir).version();

        CliRun r = publish(dir, topic);

        assertThat(r.exit()).isZero();
        assertThat(r.out().lines())
                .containsExactly(
                        "published "
                                + version
                                + " (1 rule) to "
                                + topic
                                + " at "
                                + KAFKA.bootstrapServers());
        List<ConsumerRecord<byte[], byte[]>> records = read(topic, 1);
        assertThat(records).hasSize(1);
        assertThat(new String(records.get(0).key(), StandardCharsets.UTF_8))
                .isEqualTo(RulesTopic.KEY);
        RuleSetMessage m = RuleSetMessage.fromJson(records.get(0).value());
        assertThat(m.version()).isEqualTo(version);
        assertThat(m.toSource()).isEqualTo(RuleSource.fromDirectory(dir));
        try (Admin admin = admin()) {
            ConfigResource res = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            assertThat(
                            admin.describeConfigs(List.of(res))
                                    .all()
                                    .get(10, TimeUnit.SECONDS)
                                    .get(res)
                                    .get(TopicConfig.CLEANUP_POLICY_CONFIG)
                                    .value())
                    .isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        }
    }

    @Test
    void anInvalidDirectoryPublishesNothing(@TempDir Path tmp) throws Exception {
        Path dir = RuleDirs.rulesDir(tmp, RuleDirs.INVALID_RULE);
        String topic = KAFKA.createCompactedTopic("rules", 1);

        CliRun r = publish(dir, topic);

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines()).last().isEqualTo("1 rules, 0 sets, 0 counters: 1 error");
        assertThat(read(topic, 0)).isEmpty();
    }

    private static CliRun publish(Path dir, String topic) {
        return CliRun.of(
                "rules",
                "publish",
                dir.toString(),
                "--bootstrap-servers",
                KAFKA.bootstrapServers(),
                "--topic",
                topic);
    }

    private static Admin admin() {
        return Admin.create(Map.<String, Object>of("bootstrap.servers", KAFKA.bootstrapServers()));
    }

    /** Reads the topic until {@code expected} records arrived, then a little longer for extras. */
    private static List<ConsumerRecord<byte[], byte[]>> read(String topic, int expected) {
        Map<String, Object> props = KAFKA.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, KAFKA.uniqueTopic("reader"));
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(out::add);
            }
            consumer.poll(Duration.ofSeconds(1)).forEach(out::add);
        }
        return out;
    }
}
