package org.manara.streamjobs.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.model.Post;
import org.manara.streamjobs.recovery.RecoveryJobs.JobTopics;
import org.manara.streamjobs.testing.IndexedPosts;
import org.manara.streamjobs.testing.MiniClusters;

/**
 * Cancel the job mid-stream and start a new one from its last retained checkpoint: every post ends
 * up indexed exactly once, and the verdicts and events topics, read committed, hold each record
 * exactly once although the first run had written past that checkpoint.
 */
class CheckpointRecoveryIT {
    static final int POSTS = 2_000;

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
        // Half the posts before the first run, the other half only after it is cancelled: however
        // fast the job, it cannot have finished the input when it is cancelled.
        List<Post> posts = PostFeed.posts(51, POSTS);
        Set<String> ids = new LinkedHashSet<>();
        ids.addAll(
                PostFeed.send(
                        KAFKA.clientProperties(), topics.posts(), posts.subList(0, POSTS / 2)));
        Configuration options =
                RecoveryJobs.options(KAFKA, topics, ES.httpUrl(), alias, checkpoints, false);

        // First run: once a checkpoint has completed and a tenth of the posts are indexed, cancel
        // while the job is still working; it has written past its latest checkpoint by then.
        JobClient first = RecoveryJobs.submit(options, null);
        Checkpoints.await(checkpoints, 1, Duration.ofSeconds(90));
        Await.until(
                POSTS / 10 + " posts indexed",
                Duration.ofSeconds(90),
                () -> indexed(alias) >= POSTS / 10,
                () -> RecoveryJobs.status(first) + ", " + indexed(alias) + " indexed");
        assertThat(RecoveryJobs.status(first)).isEqualTo(JobStatus.RUNNING);
        first.cancel().get(60, TimeUnit.SECONDS);
        Await.until(
                "first run cancelled",
                Duration.ofSeconds(60),
                () -> RecoveryJobs.status(first) == JobStatus.CANCELED,
                () -> RecoveryJobs.status(first).toString());
        long indexedAtCancel = indexed(alias);
        int committedAtCancel =
                TopicContents.read(KAFKA.clientProperties(), topics.verdicts(), true).size();
        int writtenAtCancel =
                TopicContents.read(KAFKA.clientProperties(), topics.verdicts(), false).size();
        assertThat(indexedAtCancel).as("cancelled mid-stream").isLessThan(POSTS);
        Path checkpoint = Checkpoints.latest(checkpoints).orElseThrow();
        long cancelled = System.nanoTime();
        ids.addAll(
                PostFeed.send(
                        KAFKA.clientProperties(), topics.posts(), posts.subList(POSTS / 2, POSTS)));
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
                "CheckpointRecoveryIT: %d posts; at cancel %d indexed, %d verdicts committed and"
                        + " %d written; restored from %s; final %s; first run %d ms, second run"
                        + " %d ms, total %d ms%n",
                POSTS,
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
