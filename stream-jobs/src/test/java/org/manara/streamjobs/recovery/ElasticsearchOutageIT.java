package org.manara.streamjobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.manara.embedded.elasticsearch.EmbeddedElasticsearch;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.embedded.process.ChildProcess;
import org.manara.streamjobs.options.ElasticsearchOptions;
import org.manara.streamjobs.recovery.RecoveryJobs.JobTopics;
import org.manara.streamjobs.testing.IndexedPosts;
import org.manara.streamjobs.testing.MiniClusters;

/**
 * Stop the Elasticsearch node for 30 s while the job is indexing, then start it again on the same
 * port and data directory: the sink retries with backoff and back-pressures the job meanwhile, the
 * job never fails (restart strategy {@code none}, so a failure would end it) and, once the node is
 * back, catches up to exactly one document per post.
 */
class ElasticsearchOutageIT {
    /**
     * Enough that the job is still far from done when the node stops (about 600 of 2,000 were
     * indexed by then with the earlier, slower language identification).
     */
    static final int POSTS = 4_000;

    static final Duration OUTAGE = Duration.ofSeconds(30);

    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();

    @RegisterExtension static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    @TempDir Path dir;

    @Test
    void theJobWaitsOutAnOutageAndIndexesEveryPostOnce() throws Exception {
        long started = System.nanoTime();
        int port = freePort();
        EmbeddedElasticsearch.Builder node =
                EmbeddedElasticsearch.builder()
                        .httpPort(port)
                        .dataDir(dir.resolve("elasticsearch"))
                        .processJvmArgs(List.of("-Xmx512m"));
        ChildProcess es = node.startProcess(dir.resolve("elasticsearch.log"));
        try {
            String url = es.address();
            JobTopics topics = JobTopics.create(KAFKA);
            String alias = "manara-outage-it";
            Set<String> ids = PostFeed.produce(KAFKA.clientProperties(), topics.posts(), 52, POSTS);
            Configuration options =
                    RecoveryJobs.options(
                            KAFKA, topics, url, alias, dir.resolve("checkpoints"), true);
            // Small buffers, so the sink back-pressures soon; short backoff cap, so it notices the
            // node's return within a second.
            options.set(ElasticsearchOptions.BULK_MAX_ACTIONS, 100);
            options.set(ElasticsearchOptions.BULK_MAX_BUFFERED, 300);
            options.set(ElasticsearchOptions.BULK_FLUSH_INTERVAL, Duration.ofMillis(200));
            options.set(ElasticsearchOptions.RETRY_MAX_BACKOFF, Duration.ofSeconds(1));

            JobClient job = RecoveryJobs.submit(options, null);
            Await.until(
                    POSTS / 10 + " posts indexed",
                    Duration.ofSeconds(90),
                    () -> IndexedPosts.count(url, alias) >= POSTS / 10,
                    () -> RecoveryJobs.status(job) + ", " + IndexedPosts.count(url, alias));
            long indexedBefore = IndexedPosts.count(url, alias);
            es.close();
            long stopped = System.nanoTime();
            int verdictsAtStop =
                    TopicContents.read(KAFKA.clientProperties(), topics.verdicts(), false).size();
            assertThat(verdictsAtStop)
                    .as("verdicts when the node stopped: the job must still have posts to index")
                    .isLessThan(POSTS);

            // The outage: the job keeps running and does not finish (it cannot, every post must
            // reach Elasticsearch first).
            while (System.nanoTime() - stopped < OUTAGE.toNanos()) {
                assertThat(RecoveryJobs.status(job))
                        .as("during the outage")
                        .isEqualTo(JobStatus.RUNNING);
                Thread.sleep(500);
            }
            int verdictsAfterOutage =
                    TopicContents.read(KAFKA.clientProperties(), topics.verdicts(), false).size();

            es = node.startProcess(dir.resolve("elasticsearch.log"));
            long restarted = System.nanoTime();
            assertThat(es.address()).isEqualTo(url);
            job.getJobExecutionResult().get(3, TimeUnit.MINUTES);
            assertThat(RecoveryJobs.status(job)).isEqualTo(JobStatus.FINISHED);
            long finished = System.nanoTime();

            ExactOutputs outputs =
                    ExactOutputs.check(ids, url, alias, KAFKA::clientProperties, topics);
            System.out.printf(
                    "ElasticsearchOutageIT: %d posts; %d indexed when the node stopped; verdicts"
                            + " written %d at the stop and %d after %d s down (back-pressure);"
                            + " node restart %d ms; caught up %d ms after it; final %s; total %d"
                            + " ms%n",
                    POSTS,
                    indexedBefore,
                    verdictsAtStop,
                    verdictsAfterOutage,
                    OUTAGE.toSeconds(),
                    es.startupTime().toMillis(),
                    (finished - restarted) / 1_000_000,
                    outputs,
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            es.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
