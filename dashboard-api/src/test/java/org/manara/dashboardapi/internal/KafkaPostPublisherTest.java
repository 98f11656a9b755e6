package org.manara.dashboardapi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RoundRobinPartitioner;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.manara.dashboardapi.core.PublishResult;
import org.manara.model.Json;
import org.manara.model.Post;

/** Kafka's own MockProducer stands in for a broker whose acknowledgements the test controls. */
class KafkaPostPublisherTest {
    private static final Instant AT = Instant.parse("2026-03-01T12:00:00Z");
    private static final List<Post> POSTS =
            List.of(
                    Post.of("p0", "a", "zero", AT),
                    Post.of("p1", "a", "one", AT),
                    Post.of("p2", "a", "two", AT));

    @Test
    void publishesCanonicalJsonKeyedByPostId() throws Exception {
        MockProducer<byte[], byte[]> producer = producer(true);

        PublishResult result = publisher(producer, Duration.ofSeconds(5)).publish(POSTS);

        assertThat(result).isEqualTo(PublishResult.allPublished(3));
        ProducerRecord<byte[], byte[]> first = producer.history().get(0);
        assertThat(first.topic()).isEqualTo("posts-test");
        assertThat(new String(first.key(), StandardCharsets.UTF_8)).isEqualTo("p0");
        assertThat(Json.mapper().readValue(first.value(), Post.class)).isEqualTo(POSTS.get(0));
    }

    @Test
    void reportsEachUnacknowledgedPostByPosition() throws Exception {
        MockProducer<byte[], byte[]> producer = producer(false);
        KafkaPostPublisher publisher = publisher(producer, Duration.ofSeconds(10));

        CompletableFuture<PublishResult> result =
                CompletableFuture.supplyAsync(() -> publisher.publish(POSTS));
        awaitSends(producer, 3);
        producer.completeNext();
        producer.errorNext(new RecordTooLargeException("too big"));
        producer.completeNext();

        PublishResult outcome = result.get(10, TimeUnit.SECONDS);
        assertThat(outcome.published()).isEqualTo(2);
        assertThat(outcome.failures()).hasSize(1);
        assertThat(outcome.failures().get(0).position()).isEqualTo(1);
        assertThat(outcome.failures().get(0).reason()).contains("RecordTooLargeException");
    }

    @Test
    void anUndecidedSendIsReportedAsUnknownNotAsPublished() throws Exception {
        MockProducer<byte[], byte[]> producer = producer(false);

        PublishResult outcome =
                publisher(producer, Duration.ofMillis(200)).publish(POSTS.subList(0, 1));

        assertThat(outcome.published()).isZero();
        assertThat(outcome.failures().get(0).reason()).contains("may still arrive");
    }

    @Test
    void aMetadataTimeoutAbandonsTheRestInsteadOfBlockingOnEach() {
        MockProducer<byte[], byte[]> producer = producer(true);
        producer.sendException = new TimeoutException("Topic posts-test not present in metadata");

        PublishResult outcome = publisher(producer, Duration.ofSeconds(5)).publish(POSTS);

        assertThat(outcome.published()).isZero();
        assertThat(outcome.failures())
                .extracting(PublishResult.Failure::position)
                .containsExactly(0, 1, 2);
        assertThat(outcome.failures())
                .allSatisfy(f -> assertThat(f.reason()).contains("not present in metadata"));
        assertThat(producer.history()).hasSizeLessThanOrEqualTo(1);
    }

    private static MockProducer<byte[], byte[]> producer(boolean autoComplete) {
        return new MockProducer<>(
                autoComplete,
                new RoundRobinPartitioner(),
                new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    private static KafkaPostPublisher publisher(
            MockProducer<byte[], byte[]> producer, Duration timeout) {
        return new KafkaPostPublisher(producer, "posts-test", timeout);
    }

    private static void awaitSends(MockProducer<byte[], byte[]> producer, int count)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (producer.history().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(producer.history()).hasSize(count);
    }
}
