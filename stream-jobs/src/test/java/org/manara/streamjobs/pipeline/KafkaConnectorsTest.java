package org.manara.streamjobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.junit.jupiter.api.Test;
import org.manara.streamjobs.options.KafkaOptions;

class KafkaConnectorsTest {

    @Test
    void everySinkHasItsOwnTransactionalIdPrefix() {
        Configuration options = new Configuration();
        options.set(KafkaOptions.TRANSACTIONAL_ID_PREFIX, "job-a");
        List<String> prefixes =
                Stream.of(
                                KafkaConnectors.DEAD_LETTERS,
                                KafkaConnectors.VERDICTS,
                                KafkaConnectors.EVENTS)
                        .map(output -> KafkaConnectors.transactionalIdPrefix(options, output))
                        .toList();

        assertThat(prefixes)
                .containsExactly("job-a-dead-letters", "job-a-verdicts", "job-a-events");
        // No prefix starts another: aborting one sink's lingering transactions by prefix never
        // touches another sink's.
        for (String a : prefixes) {
            for (String b : prefixes) {
                assertThat(a.equals(b) || !b.startsWith(a)).as(a + " / " + b).isTrue();
            }
        }
    }

    @Test
    void producersBatchAndLingerAsTheOptionsSay() {
        Configuration options = new Configuration();
        Map<String, String> defaults = KafkaConnectors.producerProperties(options);
        assertThat(defaults)
                .containsEntry("batch.size", "262144")
                .containsEntry("linger.ms", "50")
                .containsEntry("compression.type", "lz4")
                .containsEntry("transaction.timeout.ms", "900000");

        options.set(KafkaOptions.PRODUCER_BATCH_SIZE, MemorySize.parse("1mb"));
        options.set(KafkaOptions.PRODUCER_LINGER, Duration.ofMillis(5));
        options.set(KafkaOptions.DELIVERY_GUARANTEE, DeliveryGuarantee.AT_LEAST_ONCE);
        assertThat(KafkaConnectors.producerProperties(options))
                .containsEntry("batch.size", "1048576")
                .containsEntry("linger.ms", "5")
                .doesNotContainKey("transaction.timeout.ms");
    }

    @Test
    void aBatchSizeKafkaCannotTakeIsRefusedWithTheOptionsName() {
        for (String size : List.of("0b", "2gb")) {
            Configuration options = new Configuration();
            options.set(KafkaOptions.PRODUCER_BATCH_SIZE, MemorySize.parse(size));
            assertThatThrownBy(() -> KafkaConnectors.verdictsSink(options))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("kafka.producer.batch-size must be between");
        }
    }

    @Test
    void sinksBuildForBothGuarantees() {
        for (DeliveryGuarantee guarantee :
                List.of(DeliveryGuarantee.EXACTLY_ONCE, DeliveryGuarantee.AT_LEAST_ONCE)) {
            Configuration options = new Configuration();
            options.set(KafkaOptions.DELIVERY_GUARANTEE, guarantee);
            assertThat(KafkaConnectors.deadLetterSink(options)).isNotNull();
            assertThat(KafkaConnectors.verdictsSink(options)).isNotNull();
            assertThat(KafkaConnectors.eventsSink(options)).isNotNull();
        }
    }
}
