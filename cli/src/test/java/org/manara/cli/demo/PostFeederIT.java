package org.manara.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.embedded.junit.KafkaExtension;

class PostFeederIT {

    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();

    @Test
    void feedsTheLimitThenReportsThatItHasFinished() throws Exception {
        String topic = KAFKA.createTopic("demo-posts", 1);
        try (PostFeeder feeder = new PostFeeder(KAFKA.bootstrapServers(), topic, 500, 60, 7)) {
            assertThat(feeder.finished()).isFalse();
            long before = System.nanoTime();
            Thread feeding = new Thread(feeder);
            feeding.start();
            feeding.join(Duration.ofSeconds(60).toMillis());

            assertThat(feeding.isAlive()).isFalse();
            assertThat(feeder.finished()).isTrue();
            assertThat(feeder.finishedAt()).isGreaterThan(before);
            // every record acknowledged before finished() turns true, malformed ones included
            assertThat(feeder.sent()).isEqualTo(60);
            assertThat(feeder.failed()).isZero();
        }
    }
}
