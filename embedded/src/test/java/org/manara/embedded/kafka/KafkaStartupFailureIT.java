package org.manara.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manara.embedded.internal.FreePorts;

class KafkaStartupFailureIT {
    @TempDir Path dir;

    @Test
    void aChosenPortInUseIsReportedBeforeAnythingStarts() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> EmbeddedKafka.builder().brokerPort(port).start())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Kafka broker port " + port + " on 127.0.0.1 is already in use");
            assertThatThrownBy(
                            () ->
                                    EmbeddedKafka.builder()
                                            .controllerPort(port)
                                            .startProcess(dir.resolve("k.log")))
                    .hasMessage(
                            "Kafka controller port " + port + " on 127.0.0.1 is already in use");
        }
    }

    /**
     * A clash Kafka only notices while binding makes its fault handler halt the JVM; in-process
     * that must fail the start instead (this test run would die otherwise).
     */
    @Test
    void aControllerPortTakenAtBindTimeFailsTheStartInsteadOfHaltingTheJvm() throws Exception {
        Path data = dir.resolve("kafka");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            KafkaBrokerConfig config =
                    new KafkaBrokerConfig(FreePorts.pick(), taken.getLocalPort(), data, Map.of());

            assertThatThrownBy(() -> EmbeddedKafka.start(config, true, Duration.ofSeconds(30)))
                    .isInstanceOf(RuntimeException.class);
        }
        assertThat(data).doesNotExist();
    }
}
