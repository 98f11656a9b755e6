package org.manara.streamjobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.streamjobs.pipeline.ModerationJob;
import org.manara.streamjobs.sink.ElasticsearchConnection;

/**
 * An upgrade keeps its state: the job is stopped with a savepoint, and a new job graph built from
 * the same code restores from it with allowNonRestoredState = false, which Flink refuses if any
 * operator's state in the savepoint has no operator with the same uid in the new graph. The new job
 * then resumes from the savepoint's offsets and indexes what arrives next.
 */
class SavepointCompatibilityIT {
    private static final int BATCH = 60;

    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();
    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    @TempDir Path savepoints;

    @Test
    void aNewJobGraphRestoresTheSavepointWithoutDroppingState() throws Exception {
        String input = KAFKA.createTopic("posts", 2);
        String alias = ES.uniqueIndex("savepoint");
        Configuration options =
                ParameterTool.fromArgs(DeployFixture.jobArgs(KAFKA, ES, input, alias, false))
                        .getConfiguration();
        ElasticsearchClient es = ElasticsearchConnection.of(ES.httpUrl()).client();
        try (MiniCluster cluster = DeployFixture.cluster()) {
            cluster.start();

            JobID first = cluster.submitJob(jobGraph(options, null)).get().getJobID();
            DeployFixture.produce(KAFKA, input, 21, BATCH);
            assertThat(DeployFixture.awaitCount(es, alias, BATCH, Duration.ofSeconds(90)))
                    .isEqualTo(BATCH);
            String savepoint =
                    cluster.stopWithSavepoint(
                                    first,
                                    savepoints.toUri().toString(),
                                    false,
                                    SavepointFormatType.CANONICAL)
                            .get();
            assertThat(Files.list(Path.of(java.net.URI.create(savepoint)))).isNotEmpty();

            JobID second =
                    cluster.submitJob(
                                    jobGraph(
                                            options,
                                            SavepointRestoreSettings.forPath(savepoint, false)))
                            .get()
                            .getJobID();
            assertThat(
                            DeployFixture.awaitStatus(
                                    cluster, second, JobStatus.RUNNING, Duration.ofSeconds(60)))
                    .isEqualTo(JobStatus.RUNNING);
            DeployFixture.produce(KAFKA, input, 22, BATCH);
            assertThat(DeployFixture.awaitCount(es, alias, 2L * BATCH, Duration.ofSeconds(90)))
                    .isEqualTo(2L * BATCH);
            assertThat(cluster.getJobStatus(second).get()).isEqualTo(JobStatus.RUNNING);
            DeployFixture.cancelRunning(cluster);
        } finally {
            es._transport().close();
        }
    }

    /** The production job graph, as {@code flink run} would build it, restoring if asked. */
    private static JobGraph jobGraph(Configuration options, SavepointRestoreSettings restore) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        ModerationJob.configure(env, options);
        ModerationJob.pipeline(options).build(env);
        JobGraph graph = env.getStreamGraph().getJobGraph();
        if (restore != null) {
            graph.setSavepointRestoreSettings(restore);
        }
        return graph;
    }
}
