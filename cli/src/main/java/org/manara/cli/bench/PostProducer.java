package org.manara.cli.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.sample.SyntheticPosts;

/**
 * Produces realistic synthetic posts (English and Arabic; ordinary, spam, abuse, campaigns) to a
 * topic, each stamped with the moment it is produced as its {@code created_at}, either as fast as
 * Kafka takes them (the backlog) or at a steady rate (the paced phase).
 */
final class PostProducer implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final SyntheticPosts posts;
    private final AtomicLong acked = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    /**
     * @param paced send each record at once (no linger), so its latency starts when it is made
     */
    PostProducer(String bootstrapServers, String topic, long seed, boolean paced) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, paced ? "0" : "5");
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(256 * 1024));
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "manara-bench-producer");
        this.producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.posts = new SyntheticPosts(seed, Instant.now(), 1_000);
    }

    /** Produces {@code n} posts as fast as possible, reporting each acknowledged one. */
    void backlog(long n, LongConsumer progress) {
        for (long i = 0; i < n; i++) {
            send(progress);
        }
        finish();
    }

    /** Produces posts at {@code rate} per second for {@code duration}; returns how many. */
    long paced(double rate, Duration duration) throws InterruptedException {
        long period = (long) (1_000_000_000L / rate);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long next = start;
        long sent = 0;
        while (next < end) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            send(done -> {});
            sent++;
            next += period;
        }
        finish();
        return sent;
    }

    private void send(LongConsumer progress) {
        Exception failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("producing to Kafka failed: " + failed, failed);
        }
        Post post = posts.next().withCreatedAt(Instant.now());
        byte[] json;
        try {
            json = Json.mapper().writeValueAsBytes(post);
        } catch (Exception e) {
            throw new IllegalStateException("cannot serialise post " + post.id(), e);
        }
        producer.send(
                new ProducerRecord<>(topic, post.id(), json),
                (metadata, error) -> {
                    if (error != null) {
                        failure.compareAndSet(null, error);
                    } else {
                        progress.accept(acked.incrementAndGet());
                    }
                });
    }

    private void finish() {
        producer.flush();
        Exception failed = failure.get();
        if (failed != null) {
            throw new IllegalStateException("producing to Kafka failed: " + failed, failed);
        }
    }

    long acked() {
        return acked.get();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
