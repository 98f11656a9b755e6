package org.manara.embedded.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manara.embedded.internal.FreePorts;
import org.manara.embedded.process.ChildProcess;

class KafkaPersistenceIT {
    @TempDir Path dir;

    @Test
    void aRestartOverThePersistentDirectoryKeepsTopicsAndRecords() throws Exception {
        Path data = dir.resolve("kafka");
        List<String> values = Records.numbered("kept-", 100);
        try (EmbeddedKafka first = EmbeddedKafka.builder().dataDir(data).start()) {
            System.out.printf(
                    "startup: kafka in-process, new dir %d ms%n", first.startupTime().toMillis());
            first.createTopic("kept", 2);
            Records.send(first.bootstrapServers(), "kept", values);
        }
        assertThat(data.resolve("kraft-logs/meta.properties")).exists();

        try (EmbeddedKafka second = EmbeddedKafka.builder().dataDir(data).start()) {
            System.out.printf(
                    "startup: kafka in-process, existing dir %d ms%n",
                    second.startupTime().toMillis());
            assertThat(second.createTopic("kept", 2)).isFalse();
            assertThat(Records.read(second.bootstrapServers(), "kept", 100, "read_committed"))
                    .containsExactlyInAnyOrderElementsOf(values);
        }
        assertThat(data).exists();
    }

    @Test
    void aTemporaryDirectoryIsDeletedOnClose() {
        EmbeddedKafka kafka = EmbeddedKafka.start();
        Path data = kafka.dataDir();
        assertThat(data).exists();

        kafka.close();
        kafka.close();

        assertThat(data).doesNotExist();
        assertThat(FreePorts.isFree(kafka.brokerPort())).isTrue();
    }

    @Test
    void aChildProcessBrokerServesStopsAndRestartsOverItsData() throws Exception {
        Path data = dir.resolve("kafka-child");
        Path log = dir.resolve("kafka-child.log");
        List<String> values = Records.numbered("child-", 50);
        int port = FreePorts.pick();
        EmbeddedKafka.Builder builder = EmbeddedKafka.builder().brokerPort(port).dataDir(data);

        try (ChildProcess child = builder.startProcess(log)) {
            System.out.printf(
                    "startup: kafka child process, new dir %d ms%n",
                    child.startupTime().toMillis());
            assertThat(child.address()).isEqualTo("127.0.0.1:" + port);
            Records.send(child.address(), "child-topic", values);
            child.close();
            assertThat(child.isAlive()).isFalse();
        }
        assertThat(Files.readString(log)).contains("kafka: stopped");
        assertThat(FreePorts.isFree(port)).isTrue();

        try (ChildProcess again = builder.startProcess(log)) {
            System.out.printf(
                    "startup: kafka child process, existing dir %d ms%n",
                    again.startupTime().toMillis());
            assertThat(Records.read(again.address(), "child-topic", 50, "read_committed"))
                    .containsExactlyInAnyOrderElementsOf(values);
        }
    }
}
