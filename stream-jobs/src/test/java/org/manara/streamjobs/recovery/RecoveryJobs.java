package org.manara.streamjobs.recovery;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.streamjobs.options.Checkpointing;
import org.manara.streamjobs.options.ElasticsearchOptions;
import org.manara.streamjobs.options.JobOptions;
import org.manara.streamjobs.options.KafkaOptions;
import org.manara.streamjobs.options.StartingOffsets;
import org.manara.streamjobs.pipeline.ModerationJob;

/** The production job with its own topics, alias and checkpoint directory, on the MiniCluster. */
final class RecoveryJobs {

    /** Topics of one test, each with a unique name. */
    record JobTopics(
            String posts, String deadLetters, String verdicts, String events, String rules) {
        static JobTopics create(KafkaExtension kafka) {
            return new JobTopics(
                    kafka.createTopic("posts", 2),
                    kafka.createTopic("posts.deadletter", 1),
                    kafka.createTopic("verdicts", 2),
                    kafka.createTopic("events", 2),
                    kafka.createCompactedTopic("rules", 1));
        }
    }

    /**
     * Production defaults (EXACTLY_ONCE Kafka outputs, checkpointing by {@link Checkpointing}) with
     * a checkpoint every second into {@code checkpointDir}, parallelism 2.
     *
     * @param bounded stop at the end of the input produced so far. A job restored from a checkpoint
     *     must not be bounded: a restored bounded Kafka source never finishes (FLINK-31006, open in
     *     flink-connector-kafka 5.0).
     */
    static Configuration options(
            KafkaExtension kafka,
            JobTopics topics,
            String elasticsearchUrl,
            String alias,
            Path checkpointDir,
            boolean bounded) {
        Configuration options = new Configuration();
        options.set(KafkaOptions.BOOTSTRAP_SERVERS, kafka.bootstrapServers());
        options.set(KafkaOptions.INPUT_TOPIC, topics.posts());
        options.set(KafkaOptions.DEAD_LETTER_TOPIC, topics.deadLetters());
        options.set(KafkaOptions.VERDICTS_TOPIC, topics.verdicts());
        options.set(KafkaOptions.EVENTS_TOPIC, topics.events());
        options.set(KafkaOptions.RULES_TOPIC, topics.rules());
        options.set(KafkaOptions.GROUP_ID, kafka.uniqueTopic("group"));
        options.set(KafkaOptions.TRANSACTIONAL_ID_PREFIX, kafka.uniqueTopic("tx"));
        options.set(KafkaOptions.STARTING_OFFSETS, StartingOffsets.EARLIEST);
        options.set(KafkaOptions.BOUNDED, bounded);
        options.set(ElasticsearchOptions.HOSTS, List.of(elasticsearchUrl));
        options.set(ElasticsearchOptions.POSTS_ALIAS, alias);
        options.set(ElasticsearchOptions.INDEX_REPLICAS, 0);
        options.set(JobOptions.PARALLELISM, 2);
        options.set(JobOptions.CHECKPOINT_INTERVAL, Duration.ofSeconds(1));
        options.set(Checkpointing.MIN_PAUSE, Duration.ofMillis(200));
        options.set(Checkpointing.CHECKPOINT_DIR, checkpointDir.toUri().toString());
        return options;
    }

    /**
     * Submits the production job with {@link ModerationJob#start} (its {@link Checkpointing} and
     * the whole graph with the Elasticsearch, verdicts, events and dead-letter outputs), from
     * {@code restoreFrom} (a retained checkpoint) when it is not null. The restart strategy is
     * {@code none}: any failure fails the job, so a job that ends FINISHED never failed on the way.
     */
    static JobClient submit(Configuration options, Path restoreFrom) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        if (restoreFrom != null) {
            conf.set(StateRecoveryOptions.SAVEPOINT_PATH, restoreFrom.toUri().toString());
        }
        return ModerationJob.start(
                StreamExecutionEnvironment.getExecutionEnvironment(conf), options);
    }

    static JobStatus status(JobClient job) throws Exception {
        return job.getJobStatus().get();
    }

    private RecoveryJobs() {}
}
