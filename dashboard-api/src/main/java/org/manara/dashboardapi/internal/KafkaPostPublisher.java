package org.manara.dashboardapi.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.manara.dashboardapi.core.PostPublisher;
import org.manara.dashboardapi.core.PublishResult;
import org.manara.model.Json;
import org.manara.model.Post;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces posts to Kafka as canonical {@link Post} JSON keyed by post id, then waits for every
 * acknowledgement. The producer is expected to run with {@code acks=all} and idempotence, and its
 * {@code delivery.timeout.ms} bounds how long a send can stay undecided; {@code ackTimeout} should
 * exceed it so that every outcome is known when this returns.
 *
 * <p>When a send times out at once (no metadata within {@code max.block.ms}: the broker is down or
 * the topic is missing) the remaining posts are not attempted: each would block as long and fail
 * the same way. A post that fails on its own (too large, say) fails alone.
 */
public final class KafkaPostPublisher implements PostPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaPostPublisher.class);

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final Duration ackTimeout;

    public KafkaPostPublisher(
            Producer<byte[], byte[]> producer, String topic, Duration ackTimeout) {
        this.producer = producer;
        this.topic = topic;
        this.ackTimeout = ackTimeout;
    }

    @Override
    public PublishResult publish(List<Post> posts) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(posts.size());
        List<PublishResult.Failure> failures = new ArrayList<>();
        String abandoned = null;
        for (int i = 0; i < posts.size(); i++) {
            if (abandoned != null) {
                sent.add(null);
                failures.add(new PublishResult.Failure(i, abandoned));
                continue;
            }
            try {
                Future<RecordMetadata> future = producer.send(record(posts.get(i)));
                if (future.isDone()) {
                    future.get(); // throws now when the send failed before leaving the client
                }
                sent.add(future);
            } catch (ExecutionException e) {
                sent.add(null);
                failures.add(new PublishResult.Failure(i, reason(e.getCause())));
                if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                    abandoned = reason(e.getCause());
                }
            } catch (JsonProcessingException e) {
                sent.add(null);
                failures.add(new PublishResult.Failure(i, "could not serialise the post: " + e));
            } catch (RuntimeException e) {
                // The producer itself is unusable (closed, misconfigured): so is every later send.
                abandoned = reason(e);
                sent.add(null);
                failures.add(new PublishResult.Failure(i, abandoned));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                abandoned = "interrupted while publishing";
                sent.add(null);
                failures.add(new PublishResult.Failure(i, abandoned));
            }
        }
        int published = awaitAcknowledgements(sent, failures);
        if (!failures.isEmpty()) {
            LOG.warn(
                    "Kafka acknowledged {} of {} posts for topic {}; first failure: {}",
                    published,
                    posts.size(),
                    topic,
                    failures.get(0).reason());
        }
        failures.sort(Comparator.comparingInt(PublishResult.Failure::position));
        return new PublishResult(published, failures);
    }

    private int awaitAcknowledgements(
            List<Future<RecordMetadata>> sent, List<PublishResult.Failure> failures) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        int published = 0;
        for (int i = 0; i < sent.size(); i++) {
            Future<RecordMetadata> future = sent.get(i);
            if (future == null) {
                continue;
            }
            try {
                future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                published++;
            } catch (ExecutionException e) {
                failures.add(new PublishResult.Failure(i, reason(e.getCause())));
            } catch (TimeoutException e) {
                failures.add(
                        new PublishResult.Failure(
                                i,
                                "no acknowledgement within "
                                        + ackTimeout.toMillis()
                                        + " ms; it may still arrive"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                failures.add(new PublishResult.Failure(i, "interrupted while awaiting Kafka"));
            }
        }
        return published;
    }

    private ProducerRecord<byte[], byte[]> record(Post post) throws JsonProcessingException {
        return new ProducerRecord<>(
                topic,
                post.id().getBytes(StandardCharsets.UTF_8),
                Json.mapper().writeValueAsBytes(post));
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return "Kafka: "
                + e.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
