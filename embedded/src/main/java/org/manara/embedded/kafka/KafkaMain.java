package org.manara.embedded.kafka;

import java.time.Duration;
import org.manara.embedded.process.ServerMain;

/**
 * Runs one embedded KRaft broker until the JVM is stopped, keeping its data in {@code --data-dir}
 * so a restart over the same directory finds its topics again.
 *
 * <pre>
 * java -cp ... org.manara.embedded.kafka.KafkaMain --broker-port 9092 --controller-port 9093 \
 *     --data-dir .manara-data/kafka [--set key=value ...] [--watch-parent]
 * </pre>
 *
 * Prints {@code READY 127.0.0.1:9092} once clients can connect.
 */
public final class KafkaMain {
    private KafkaMain() {}

    public static void main(String[] args) {
        ExitGuard.disable();
        ServerMain.run(
                "kafka",
                args,
                parsed -> {
                    KafkaBrokerConfig config = KafkaBrokerConfig.fromArgs(parsed);
                    EmbeddedKafka kafka =
                            EmbeddedKafka.start(config, false, Duration.ofSeconds(60));
                    return new ServerMain.Running(kafka.bootstrapServers(), kafka);
                });
    }
}
