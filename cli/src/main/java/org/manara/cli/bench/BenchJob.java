package org.manara.cli.bench;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.manara.model.ScoredPost;
import org.manara.streamjobs.options.ElasticsearchOptions;
import org.manara.streamjobs.options.JobOptions;
import org.manara.streamjobs.options.KafkaOptions;
import org.manara.streamjobs.options.StartingOffsets;
import org.manara.streamjobs.pipeline.LocalPipeline;
import org.manara.streamjobs.pipeline.ModerationJob;
import org.manara.streamjobs.sink.BulkSettings;
import org.manara.streamjobs.sink.ElasticsearchConnection;
import org.manara.streamjobs.sink.ElasticsearchSink;
import org.manara.streamjobs.sink.PostsIndex;
import org.manara.streamjobs.sink.ScoredPostConverter;

/**
 * The production moderation job ({@link ModerationJob#builder}: Kafka source, validation, scoring,
 * rules, dead letters) on a local MiniCluster, with only the scored-post sink swapped for one that
 * measures: the real Elasticsearch sink with a timing client, or a discarding sink.
 */
final class BenchJob {
    /** Where {@code --no-sink} points the (unused) Elasticsearch options. */
    private static final String NO_ELASTICSEARCH = "http://127.0.0.1:9";

    private BenchJob() {}

    /** Job options for one phase: its own topic, group and index alias. */
    static Configuration options(
            BenchStack stack, String topic, int parallelism, boolean bounded, String phase) {
        String es = stack.elasticsearchUrl();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Configuration options =
                LocalPipeline.options(
                        stack.kafkaBootstrap(),
                        es != null ? es : NO_ELASTICSEARCH,
                        stack.logs().resolve("checkpoints-" + phase + "-" + suffix));
        // The job's own checkpoint interval, not the demo's shorter one: each checkpoint copies the
        // counters' whole heap state, and the benchmark measures the job as deployed.
        options.set(JobOptions.CHECKPOINT_INTERVAL, JobOptions.CHECKPOINT_INTERVAL.defaultValue());
        options.set(JobOptions.NAME, "manara-bench-" + phase);
        options.set(JobOptions.PARALLELISM, parallelism);
        options.set(KafkaOptions.INPUT_TOPIC, topic);
        options.set(KafkaOptions.DEAD_LETTER_TOPIC, topic + "-deadletter");
        options.set(KafkaOptions.GROUP_ID, "manara-bench-" + phase + "-" + suffix);
        options.set(KafkaOptions.STARTING_OFFSETS, StartingOffsets.EARLIEST);
        options.set(KafkaOptions.BOUNDED, bounded);
        options.set(ElasticsearchOptions.POSTS_ALIAS, "manara-bench-" + phase + "-" + suffix);
        return options;
    }

    /** Submits the job to a new MiniCluster in this JVM; does not block. */
    static JobClient submit(Configuration options, BenchRun run, boolean noSink) throws Exception {
        int parallelism = options.get(JobOptions.PARALLELISM);
        Configuration cluster = new Configuration();
        cluster.set(TaskManagerOptions.NUM_TASK_SLOTS, parallelism);
        cluster.set(
                ConfigOptions.key("metrics.reporter.manara-bench.factory.class")
                        .stringType()
                        .noDefaultValue(),
                TaskTimes.class.getName());
        StreamExecutionEnvironment env =
                StreamExecutionEnvironment.createLocalEnvironment(parallelism, cluster);
        ModerationJob.configure(env, options);
        ModerationJob.builder(options).scoredSink(sink(options, run, noSink)).build().build(env);
        return env.executeAsync(options.get(JobOptions.NAME));
    }

    private static Sink<ScoredPost> sink(Configuration options, BenchRun run, boolean noSink) {
        if (noSink) {
            return new DiscardingSink(run.id());
        }
        PostsIndex index = PostsIndex.fromOptions(options);
        return new ElasticsearchSink<>(
                new MeasuringConverter(new ScoredPostConverter(index), run.id()),
                new MeasuringBulkClients(ElasticsearchConnection.fromOptions(options), run.id()),
                List.of(index.template()),
                BulkSettings.fromOptions(options));
    }

    /** How long the job may go without a post leaving it before the benchmark gives up. */
    static final Duration STALL_TIMEOUT = Duration.ofSeconds(120);
}
