package org.manara.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaBrokerConfigTest {
    private final Path dir = Path.of("/tmp/kafka-config-test");

    @Test
    void rendersASingleNodeKraftBrokerOnLoopback() {
        Properties props = new KafkaBrokerConfig(19092, 19093, dir, Map.of()).toProperties();

        assertThat(props)
                .containsEntry("process.roles", "broker,controller")
                .containsEntry("node.id", "1")
                .containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
                .containsEntry(
                        "listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
                .containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
                .containsEntry("controller.listener.names", "CONTROLLER")
                .containsEntry("log.dirs", dir.resolve("kraft-logs").toString());
    }

    @Test
    void internalTopicsFitOneBrokerSoTransactionsWork() {
        Properties props = new KafkaBrokerConfig(19092, 19093, dir, Map.of()).toProperties();

        assertThat(props)
                .containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void overridesWinOverDefaults() {
        Properties props =
                new KafkaBrokerConfig(
                                19092,
                                19093,
                                dir,
                                Map.of("num.partitions", "6", "auto.create.topics.enable", "false"))
                        .toProperties();

        assertThat(props)
                .containsEntry("num.partitions", "6")
                .containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void commandLineRoundTrips() {
        KafkaBrokerConfig config =
                new KafkaBrokerConfig(
                        19092, 19093, dir, Map.of("log.retention.ms", "1000", "a.b", "x=y"));

        assertThat(KafkaBrokerConfig.fromArgs(config.toArgs())).isEqualTo(config);
        assertThat(config.bootstrapServers()).isEqualTo("127.0.0.1:19092");
    }

    @Test
    void rejectsUnusablePorts() {
        assertThatThrownBy(() -> new KafkaBrokerConfig(0, 19093, dir, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brokerPort");
        assertThatThrownBy(() -> new KafkaBrokerConfig(19092, 19092, dir, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("different ports");
    }

    @Test
    void builderPicksDistinctFreePortsWhenAskedForZero() {
        KafkaBrokerConfig config = EmbeddedKafka.builder().config(dir);

        assertThat(config.brokerPort()).isPositive();
        assertThat(config.controllerPort()).isPositive().isNotEqualTo(config.brokerPort());
    }
}
