package org.manara.streamjobs.deploy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.runtime.client.JobStatusMessage;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.model.Post;
import org.manara.model.sample.SyntheticPosts;
import org.manara.streamjobs.testing.TestPosts;

/** A Flink cluster with a REST endpoint (what {@code flink run} talks to) and test plumbing. */
final class DeployFixture {

    /** A session cluster with 2 slots and a REST endpoint on a random port; call start(). */
    static MiniCluster cluster() {
        Configuration config = new Configuration();
        config.set(RestOptions.BIND_PORT, "0");
        return new MiniCluster(
                new MiniClusterConfiguration.Builder()
                        .setConfiguration(config)
                        .setNumTaskManagers(1)
                        .setNumSlotsPerTaskManager(2)
                        .build());
    }

    /** Produces {@code n} synthetic posts (seeded, distinct ids) to {@code topic}. */
    static void produce(KafkaExtension kafka, String topic, long seed, int n) {
        List<Post> posts = new SyntheticPosts(seed, Instant.now(), 10).take(n);
        try (KafkaProducer<byte[], byte[]> producer =
                new KafkaProducer<>(
                        kafka.clientProperties(),
                        new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            for (Post p : posts) {
                producer.send(new ProducerRecord<>(topic, TestPosts.json(p)));
            }
        }
    }

    /** Polls until the alias holds {@code expected} documents or the timeout passes. */
    static long awaitCount(ElasticsearchClient es, String alias, long expected, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = count(es, alias);
        while (count < expected && System.nanoTime() < deadline) {
            Thread.sleep(250);
            count = count(es, alias);
        }
        return count;
    }

    static long count(ElasticsearchClient es, String alias) throws Exception {
        if (!es.indices().existsAlias(a -> a.name(alias)).value()) {
            return 0;
        }
        es.indices().refresh(r -> r.index(alias));
        return es.count(c -> c.index(alias)).count();
    }

    /** Waits until the job reaches {@code status} (or any terminal status). */
    static JobStatus awaitStatus(MiniCluster cluster, JobID job, JobStatus status, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JobStatus now = cluster.getJobStatus(job).get();
        while (now != status && !now.isGloballyTerminalState() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            now = cluster.getJobStatus(job).get();
        }
        return now;
    }

    static void cancelRunning(MiniCluster cluster) throws Exception {
        for (JobStatusMessage job : cluster.listJobs().get()) {
            if (!job.getJobState().isGloballyTerminalState()) {
                cluster.cancelJob(job.getJobId()).get();
            }
        }
    }

    /** Common job options: the embedded Kafka and Elasticsearch, unique topics and alias. */
    static String[] jobArgs(
            KafkaExtension kafka,
            ElasticsearchExtension es,
            String input,
            String alias,
            boolean bounded) {
        return new String[] {
            "--kafka.bootstrap-servers",
            kafka.bootstrapServers(),
            "--kafka.input-topic",
            input,
            "--kafka.dead-letter-topic",
            kafka.uniqueTopic("dead"),
            "--kafka.group-id",
            kafka.uniqueTopic("group"),
            "--kafka.starting-offsets",
            "EARLIEST",
            "--kafka.bounded",
            Boolean.toString(bounded),
            "--elasticsearch.hosts",
            es.httpUrl(),
            "--elasticsearch.posts-alias",
            alias,
            "--elasticsearch.index.replicas",
            "0",
            "--elasticsearch.bulk.flush-interval",
            "200ms",
            "--job.checkpoint-interval",
            "1s",
        };
    }

    private DeployFixture() {}
}
