package org.manara.streamjobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.configuration.Configuration;
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
