package org.manara.embedded.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * Formats a KRaft log directory, the step {@code kafka-storage.sh format --ignore-formatted}
 * performs.
 *
 * <p>It drives Kafka's {@link Formatter} directly, as {@code kafka.tools.StorageTool} does after
 * parsing its command line. StorageTool itself cannot be used here: it is compiled against
 * argparse4j 0.7, and the reactor converges argparse4j on 0.9 (Dropwizard's), where the classes
 * StorageTool needs moved ({@code NoClassDefFoundError: .../internal/HelpScreenException}).
 */
final class KafkaStorage {
    private KafkaStorage() {}

    /**
     * Writes the broker's properties file (for reference and for {@code kafka-storage.sh}) and
     * formats the log directory with a fresh cluster id. An already formatted directory is left as
     * it is, which is what lets a persistent data directory survive restarts.
     */
    static void format(KafkaBrokerConfig config, KafkaConfig kafkaConfig) {
        try {
            Files.createDirectories(config.logDir());
            try (OutputStream out = Files.newOutputStream(config.propertiesFile())) {
                config.toProperties()
                        .store(out, "written by manara-embedded; rewritten each start");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + config.dataDir(), e);
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(kafkaConfig.nodeId())
                    .setClusterId(clusterId(config))
                    .setIgnoreFormatted(true)
                    .setControllerListenerName(kafkaConfig.controllerListenerNames().get(0))
                    .setMetadataLogDirectory(kafkaConfig.metadataLogDir())
                    // the voters are fixed by controller.quorum.voters (a static quorum)
                    .setHasDynamicQuorum(false)
                    .setDirectories(List.of(config.logDir().toString()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException(
                    "formatting "
                            + config.logDir()
                            + " failed: "
                            + e.getMessage()
                            + " "
                            + output.toString(StandardCharsets.UTF_8),
                    e);
        }
    }

    /**
     * The cluster id already in the directory's meta.properties, or a fresh one. The formatter
     * verifies the id even when it skips a formatted directory, so a restart must pass the
     * original.
     */
    static String clusterId(KafkaBrokerConfig config) {
        Path meta = config.logDir().resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties props = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + meta, e);
            }
            String id = props.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return Uuid.randomUuid().toString();
    }
}
