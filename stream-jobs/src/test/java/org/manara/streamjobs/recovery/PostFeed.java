package org.manara.streamjobs.recovery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.manara.model.Post;
import org.manara.model.sample.SyntheticPosts;
import org.manara.streamjobs.testing.TestPosts;

/** Produces synthetic posts keyed by post id, as the ingest API does. */
final class PostFeed {

    /**
     * Sends {@code n} posts to {@code topic} and waits for the broker's acknowledgements. The posts
     * start a minute before midnight, so they fall into two daily indices behind the alias.
     *
     * @return the post ids, in order; every one distinct
     */
    static Set<String> produce(Map<String, Object> props, String topic, long seed, int n) {
        return send(props, topic, posts(seed, n));
    }

    /** {@code n} synthetic posts starting a minute before midnight (two daily indices). */
    static List<Post> posts(long seed, int n) {
        return new SyntheticPosts(seed, Instant.parse("2026-03-01T23:59:00Z"), 50).take(n);
    }

    /**
     * Sends {@code posts} to {@code topic} and waits for the broker's acknowledgements.
     *
     * @return the post ids, in order; every one distinct
     */
    static Set<String> send(Map<String, Object> props, String topic, List<Post> posts) {
        Set<String> ids = new LinkedHashSet<>();
        try (KafkaProducer<byte[], byte[]> producer = producer(props)) {
            for (Post p : posts) {
                ids.add(p.id());
                send(producer, topic, p);
            }
            producer.flush();
        }
        if (ids.size() != posts.size()) {
            throw new IllegalStateException(
                    "synthetic post ids repeat: " + ids.size() + " of " + posts.size());
        }
        return ids;
    }

    /** A producer that waits for every replica ({@code acks=all}), as the ingest API's does. */
    static KafkaProducer<byte[], byte[]> producer(Map<String, Object> props) {
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
    }

    /** Sends one post keyed by its id (not flushed). */
    static void send(KafkaProducer<byte[], byte[]> producer, String topic, Post post) {
        producer.send(
                new ProducerRecord<>(
                        topic, post.id().getBytes(StandardCharsets.UTF_8), TestPosts.json(post)));
    }

    private PostFeed() {}
}
