package org.manara.streamjobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.model.Post;
import org.manara.streamjobs.options.JobOptions;
import org.manara.streamjobs.recovery.RecoveryJobs.JobTopics;
import org.manara.streamjobs.testing.IndexedPosts;
import org.manara.streamjobs.testing.MiniClusters;

/**
 * Cancel the job mid-stream and start a new one from its last retained checkpoint: every post ends
 * up indexed exactly once, and the verdicts and events topics, read committed, hold each record
 * exactly once although the first run had written past that checkpoint (asserted: verdicts written
 * but not committed at the cancel).
 */
class CheckpointRecoveryIT {
    static final int POSTS = 2_000;

    /** Posts the first run's feed sends every 50 ms. */
    static final int BATCH = 5;

    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();
    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    @RegisterExtension static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    @TempDir Path checkpoints;
    @TempDir Path savepoints;

    @Test
    void restartFromTheLastCheckpointLosesAndRepeatsNothing() throws Exception {
        long started = System.nanoTime();
        JobTopics topics = JobTopics.create(KAFKA);
        String alias = ES.uniqueIndex("recovery-it");
        List<Post> posts = PostFeed.posts(51, POSTS);
        Configuration options =
                RecoveryJobs.options(KAFKA, topics, ES.httpUrl(), alias, checkpoints, false);
        // Checkpoints 2 s apart: the cancel must come after posts processed since the last
        // checkpoint's barrier, and a longer interval makes a barrier just before it rarer.
        options.set(JobOptions.CHECKPOINT_INTERVAL, Duration.ofSeconds(2));

        // First run: once it has completed a checkpoint, feed it a steady trickle (BATCH posts
        // every 50 ms), so it always has posts that arrived after its last checkpoint. Cancel it
        // once a tenth of the posts are indexed and verdicts have been written past the last
        // committed transaction. The rest of the posts are sent only after the cancel, so however
        // fast the job, it cannot have finished the input.
        JobClient first = RecoveryJobs.submit(options, null);
        Checkpoints.await(checkpoints, 1, Duration.ofSeconds(90));
        Feeder feeder = new Feeder(topics.posts(), posts.subList(0, POSTS - POSTS / 4));
        Thread feeding = new Thread(feeder, "post-feeder");
        feeding.start();
        try {
            Await.until(
                    POSTS / 10 + " posts indexed and verdicts written past the last checkpoint",
                    Duration.ofSeconds(60),
                    () ->
                            indexed(alias) >= POSTS / 10
                                    && verdicts(topics, false) > verdicts(topics, true),
                    () ->
                            RecoveryJobs.status(first)
                                    + ", "
                                    + feeder.sent()
                                    + " sent, "
                                    + indexed(alias)
                                    + " indexed");
            assertThat(RecoveryJobs.status(first)).isEqualTo(JobStatus.RUNNING);
            first.cancel().get(60, TimeUnit.SECONDS);
        } finally {
            feeder.stop();
            feeding.join();
        }
        Await.until(
                "first run cancelled",
                Duration.ofSeconds(60),
                () -> RecoveryJobs.status(first) == JobStatus.CANCELED,
                () -> RecoveryJobs.status(first).toString());
        long indexedAtCancel = indexed(alias);
        int committedAtCancel = verdicts(topics, true);
        int writtenAtCancel = verdicts(topics, false);
        int sentAtCancel = feeder.sent();
        assertThat(indexedAtCancel).as("cancelled mid-stream").isLessThan(POSTS);
        assertThat(writtenAtCancel)
                .as("verdicts written past the last checkpoint when cancelled")
                .isGreaterThan(committedAtCancel);
        Path checkpoint = Checkpoints.latest(checkpoints).orElseThrow();
        long cancelled = System.nanoTime();
        Set<String> ids = new LinkedHashSet<>(feeder.ids());
        ids.addAll(
                PostFeed.send(
                        KAFKA.clientProperties(),
                        topics.posts(),
                        posts.subList(sentAtCancel, POSTS)));
        assertThat(ids).hasSize(POSTS);

        // Second run, a new job from the retained checkpoint. Once every post is indexed, stop it
        // with a savepoint, which commits the Kafka transactions still open.
        JobClient second = RecoveryJobs.submit(options, checkpoint);
        Await.until(
                "every post indexed by the second run",
                Duration.ofMinutes(3),
                () -> indexed(alias) >= POSTS,
                () -> RecoveryJobs.status(second) + ", " + indexed(alias) + " indexed");
        stopWithSavepoint(second, savepoints);
        assertThat(RecoveryJobs.status(second)).isEqualTo(JobStatus.FINISHED);
        long finished = System.nanoTime();

        ExactOutputs outputs =
                ExactOutputs.check(ids, ES.httpUrl(), alias, KAFKA::clientProperties, topics);

        System.out.printf(
                "CheckpointRecoveryIT: %d posts; at cancel %d sent, %d indexed, %d verdicts"
                        + " committed and %d written; restored from %s; final %s; first run %d ms,"
                        + " second run %d ms, total %d ms%n",
                POSTS,
                sentAtCancel,
                indexedAtCancel,
                committedAtCancel,
                writtenAtCancel,
                checkpoint.getFileName(),
                outputs,
                (cancelled - started) / 1_000_000,
                (finished - cancelled) / 1_000_000,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static long indexed(String alias) throws Exception {
        return IndexedPosts.count(ES.httpUrl(), alias);
    }

    private static int verdicts(JobTopics topics, boolean committed) {
        return TopicContents.read(KAFKA.clientProperties(), topics.verdicts(), committed).size();
    }

    /** Sends {@link #BATCH} posts every 50 ms until stopped or out of posts. */
    private static final class Feeder implements Runnable {
        private final String topic;
        private final List<Post> posts;
        private final Set<String> ids = ConcurrentHashMap.newKeySet();
        private volatile int sent;
        private volatile boolean stopped;
        private volatile Exception failure;

        Feeder(String topic, List<Post> posts) {
            this.topic = topic;
            this.posts = posts;
        }

        @Override
        public void run() {
            try (KafkaProducer<byte[], byte[]> producer =
                    PostFeed.producer(KAFKA.clientProperties())) {
                while (!stopped && sent < posts.size()) {
                    int to = Math.min(sent + BATCH, posts.size());
                    for (Post post : posts.subList(sent, to)) {
                        PostFeed.send(producer, topic, post);
                        ids.add(post.id());
                    }
                    producer.flush();
                    sent = to;
                    Thread.sleep(50);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                failure = e;
            }
        }

        void stop() {
            stopped = true;
        }

        /** Posts acknowledged by the broker so far; call after the thread ended for the final. */
        int sent() {
            return sent;
        }

        Set<String> ids() {
            if (failure != null) {
                throw new IllegalStateException("feeding the first run failed", failure);
            }
            return ids;
        }
    }

    /**
     * Stops {@code job} with a savepoint, trying again while its tasks are still starting: the
     * count of indexed posts can reach the total from the first run's last bulk requests before
     * every task of the restored job is running, and a savepoint needs them all running.
     */
    private static void stopWithSavepoint(JobClient job, Path savepoints) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                job.stopWithSavepoint(
                                false, savepoints.toUri().toString(), SavepointFormatType.CANONICAL)
                        .get(2, TimeUnit.MINUTES);
                return;
            } catch (java.util.concurrent.ExecutionException e) {
                boolean starting =
                        String.valueOf(e.getMessage()).contains("not being executed at the moment");
                if (!starting || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }
}
