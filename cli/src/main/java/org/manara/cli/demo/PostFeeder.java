package org.manara.cli.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.sample.SyntheticPosts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Produces the synthetic post stream to Kafka at a steady rate, with now as the posts' created-at
 * times, and a malformed record now and then so the dead-letter path has work.
 */
final class PostFeeder implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostFeeder.class);

    /** One record in this many is malformed. */
    static final int MALFORMED_EVERY = 200;

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;
    private final double rate;
    private final long limit;
    private final SyntheticPosts posts;
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean stopped;

    /** When {@link #run()} finished feeding (System.nanoTime()), or 0 while it feeds. */
    private volatile long finishedAt;

    /**
     * @param limit stop after this many records; 0 for no limit
     */
    PostFeeder(String bootstrapServers, String topic, double rate, long limit, long seed) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "manara-demo-feeder");
        this.producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.topic = topic;
        this.rate = rate;
        this.limit = limit;
        this.posts = new SyntheticPosts(seed, Instant.now(), rate);
    }

    long sent() {
        return sent.get();
    }

    long failed() {
        return failed.get();
    }

    /** Whether feeding has ended (the limit reached, or stopped), every record acknowledged. */
    boolean finished() {
        return finishedAt != 0;
    }

    /** When feeding ended, in {@link System#nanoTime()} terms; 0 while it feeds. */
    long finishedAt() {
        return finishedAt;
    }

    @Override
    public void run() {
        long periodNanos = (long) (1_000_000_000L / rate);
        long next = System.nanoTime();
        long i = 0;
        while (!stopped && (limit == 0 || i < limit)) {
            i++;
            byte[] value;
            String key;
            if (i % MALFORMED_EVERY == 0) {
                value = SyntheticPosts.malformed((int) (i / MALFORMED_EVERY));
                key = null;
            } else {
                Post post = posts.next();
                post = post.withCreatedAt(Instant.now());
                key = post.id();
                try {
                    value = Json.mapper().writeValueAsBytes(post);
                } catch (Exception e) {
                    throw new IllegalStateException("cannot serialise post " + post.id(), e);
                }
            }
            String id = key;
            producer.send(
                    new ProducerRecord<>(topic, key, value),
                    (metadata, error) -> {
                        if (error == null) {
                            sent.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            LOG.warn("could not produce post {}: {}", id, error.toString());
                        }
                    });
            next += periodNanos;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        producer.flush();
        finishedAt = System.nanoTime();
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void close() {
        stopped = true;
        producer.close(Duration.ofSeconds(10));
    }
}
