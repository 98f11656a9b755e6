package org.manara.streamjobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.model.DeadLetter;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.sample.SyntheticPosts;
import org.manara.streamjobs.options.ElasticsearchOptions;
import org.manara.streamjobs.options.JobOptions;
import org.manara.streamjobs.options.KafkaOptions;
import org.manara.streamjobs.options.StartingOffsets;
import org.manara.streamjobs.sink.ElasticsearchConnection;
import org.manara.streamjobs.testing.IndexedPosts;
import org.manara.streamjobs.testing.MiniClusters;
import org.manara.streamjobs.testing.TestPosts;

/**
 * The whole path with the shipped classifiers and rules: 10,000 records (100 malformed) in a real
 * broker, the job on a MiniCluster, 9,900 scored documents in a real Elasticsearch node and 100
 * dead letters with reasons; a replay adds no documents.
 */
class PipelineIT {
    static final int POSTS = 10_000;
    static final int MALFORMED = 100;

    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();
    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    @RegisterExtension static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    @Test
    void indexesEveryValidPostOnceAndDeadLettersTheRest() throws Exception {
        long started = System.nanoTime();
        String input = KAFKA.createTopic("posts", 2);
        String deadLetters = KAFKA.createTopic("posts.deadletter", 1);
        String alias = ES.uniqueIndex("pipeline-it");
        Set<String> malformedKeys = produce(input);
        long produced = System.nanoTime();

        Configuration options = new Configuration();
        options.set(KafkaOptions.BOOTSTRAP_SERVERS, KAFKA.bootstrapServers());
        options.set(KafkaOptions.INPUT_TOPIC, input);
        options.set(KafkaOptions.DEAD_LETTER_TOPIC, deadLetters);
        options.set(KafkaOptions.GROUP_ID, KAFKA.uniqueTopic("group"));
        options.set(KafkaOptions.STARTING_OFFSETS, StartingOffsets.EARLIEST);
        options.set(KafkaOptions.BOUNDED, true);
        options.set(ElasticsearchOptions.HOSTS, List.of(ES.httpUrl()));
        options.set(ElasticsearchOptions.POSTS_ALIAS, alias);
        options.set(ElasticsearchOptions.INDEX_REPLICAS, 0);
        options.set(JobOptions.PARALLELISM, 2);
        options.set(JobOptions.CHECKPOINT_INTERVAL, Duration.ofSeconds(2));

        ModerationJob.run(environment(), options);
        long firstRun = System.nanoTime();

        ElasticsearchClient es = ElasticsearchConnection.of(ES.httpUrl()).client();
        try {
            assertThat(IndexedPosts.count(ES.httpUrl(), alias)).isEqualTo(POSTS - MALFORMED);
            long flagged = IndexedPosts.flagged(ES.httpUrl(), alias);
            long spammy =
                    es.count(
                                    c ->
                                            c.index(alias)
                                                    .query(
                                                            q ->
                                                                    q.range(
                                                                            r ->
                                                                                    r.number(
                                                                                            n ->
                                                                                                    n.field(
                                                                                                                    "scores.categories.spam.score")
                                                                                                            .gte(
                                                                                                                    0.5)))))
                            .count();
            assertThat(flagged).isPositive().isLessThan(POSTS - MALFORMED);
            assertThat(spammy).isPositive();

            List<DeadLetter> letters = readDeadLetters(deadLetters, MALFORMED);
            assertThat(letters).hasSize(MALFORMED);
            assertThat(letters).allSatisfy(d -> assertThat(d.problems()).isNotEmpty());
            assertThat(letters)
                    .extracting(DeadLetter::source)
                    .containsExactlyInAnyOrderElementsOf(
                            malformedKeysAsSources(letters, malformedKeys));

            // The same input again, from the beginning, under a new group: no new documents.
            options.set(KafkaOptions.GROUP_ID, KAFKA.uniqueTopic("group"));
            ModerationJob.run(environment(), options);
            assertThat(IndexedPosts.count(ES.httpUrl(), alias)).isEqualTo(POSTS - MALFORMED);
            long replayed = System.nanoTime();

            System.out.printf(
                    "PipelineIT: produce %d ms, first run %d ms, replay %d ms, total %d ms; flagged %d, spam>=0.5 %d%n",
                    (produced - started) / 1_000_000,
                    (firstRun - produced) / 1_000_000,
                    (replayed - firstRun) / 1_000_000,
                    (replayed - started) / 1_000_000,
                    flagged,
                    spammy);
        } finally {
            es._transport().close();
        }
    }

    /** The MiniCluster's environment, failing fast instead of restarting on an error. */
    private static StreamExecutionEnvironment environment() {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        return StreamExecutionEnvironment.getExecutionEnvironment(conf);
    }

    /** Produces the posts with the malformed records spread among them; returns their keys. */
    private static Set<String> produce(String topic) {
        List<Post> posts =
                new SyntheticPosts(42, Instant.parse("2026-03-01T23:58:00Z"), 50)
                        .take(POSTS - MALFORMED);
        Set<String> malformed = new HashSet<>();
        Map<String, Object> props = KAFKA.clientProperties();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            int bad = 0;
            for (int i = 0; i < posts.size(); i++) {
                if (i % ((POSTS - MALFORMED) / MALFORMED) == 0 && bad < MALFORMED) {
                    String key = "malformed-" + bad;
                    malformed.add(key);
                    producer.send(
                            new ProducerRecord<>(
                                    topic, TestPosts.utf8(key), SyntheticPosts.malformed(bad++)));
                }
                Post p = posts.get(i);
                producer.send(
                        new ProducerRecord<>(topic, TestPosts.utf8(p.id()), TestPosts.json(p)));
            }
            producer.flush();
        }
        assertThat(malformed).hasSize(MALFORMED);
        return malformed;
    }

    private static List<String> malformedKeysAsSources(List<DeadLetter> letters, Set<String> keys) {
        // Sources are topic/partition/offset; each malformed record is there exactly once.
        assertThat(letters.stream().map(DeadLetter::source).distinct().count())
                .isEqualTo(keys.size());
        return letters.stream().map(DeadLetter::source).toList();
    }

    private static List<DeadLetter> readDeadLetters(String topic, int expected) throws Exception {
        Map<String, Object> props = KAFKA.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, KAFKA.uniqueTopic("reader"));
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<DeadLetter> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    out.add(Json.mapper().readValue(r.value(), DeadLetter.class));
                    seen.merge(
                            new String(r.key(), java.nio.charset.StandardCharsets.UTF_8),
                            1,
                            Integer::sum);
                }
            }
            // Nothing beyond the expected records arrives.
            consumer.poll(Duration.ofMillis(500)).forEach(r -> out.add(null));
        }
        return out;
    }
}
