package org.manara.streamjobs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.model.Post;
import org.manara.model.sample.SyntheticPosts;
import org.manara.streamjobs.options.ElasticsearchOptions;
import org.manara.streamjobs.options.KafkaOptions;
import org.manara.streamjobs.sink.ElasticsearchConnection;
import org.manara.streamjobs.testing.TestPosts;

/** The entry the demo uses: start on a local MiniCluster without blocking, index, stop. */
class LocalPipelineIT {

    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();
    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    @TempDir Path checkpoints;

    @Test
    void startsWithoutBlockingIndexesWhatArrivesAndStopsOnClose() throws Exception {
        String input = KAFKA.createTopic("posts", 1);
        String alias = ES.uniqueIndex("local-it");
        Configuration options =
                LocalPipeline.options(KAFKA.bootstrapServers(), ES.httpUrl(), checkpoints);
        options.set(KafkaOptions.INPUT_TOPIC, input);
        options.set(KafkaOptions.DEAD_LETTER_TOPIC, KAFKA.createTopic("dead", 1));
        options.set(KafkaOptions.GROUP_ID, KAFKA.uniqueTopic("group"));
        options.set(ElasticsearchOptions.POSTS_ALIAS, alias);

        ElasticsearchClient es = ElasticsearchConnection.of(ES.httpUrl()).client();
        LocalPipeline pipeline = LocalPipeline.start(options);
        try {
            List<Post> posts =
                    new SyntheticPosts(3, Instant.parse("2026-03-01T00:00:00Z"), 10).take(200);
            Map<String, Object> props = KAFKA.clientProperties();
            try (KafkaProducer<byte[], byte[]> producer =
                    new KafkaProducer<>(
                            props, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (Post p : posts) {
                    producer.send(new ProducerRecord<>(input, TestPosts.json(p)));
                }
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long count = 0;
            while (count < posts.size() && System.nanoTime() < deadline) {
                Thread.sleep(250);
                count = count(es, alias);
            }
            assertThat(count).isEqualTo(posts.size());
            assertThat(pipeline.status()).isEqualTo(JobStatus.RUNNING);
        } finally {
            pipeline.close();
            es._transport().close();
        }
        assertThat(pipeline.result()).isCompletedExceptionally();
    }

    private static long count(ElasticsearchClient es, String alias) throws Exception {
        if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
            return 0;
        }
        es.indices().refresh(r -> r.index(alias));
        return es.count(c -> c.index(alias)).count();
    }
}
