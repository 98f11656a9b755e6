package org.manara.streamjobs.pipeline;

import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.ParameterTool;
import org.manara.classifiers.DefaultClassifiers;
import org.manara.streamjobs.counters.Counters;
import org.manara.streamjobs.options.Checkpointing;
import org.manara.streamjobs.options.JobOptions;
import org.manara.streamjobs.options.KafkaOptions;
import org.manara.streamjobs.rules.ApplyRules;
import org.manara.streamjobs.rules.RuleSetMessage;
import org.manara.streamjobs.rules.RulesTopic;
import org.manara.streamjobs.sink.BulkSettings;
import org.manara.streamjobs.sink.ElasticsearchConnection;
import org.manara.streamjobs.sink.ElasticsearchSink;
import org.manara.streamjobs.sink.PostsIndex;

/**
 * The production moderation job: Kafka {@code posts} in; scored posts to Elasticsearch, verdicts,
 * events and dead letters to Kafka; the shipped classifiers, the default rule pack and its
 * counters, and rule sets published to the {@code rules} topic applied as they arrive. Options are
 * the typed ones in {@code org.manara.streamjobs.options}.
 *
 * <p>{@code flink run ... --kafka.bootstrap-servers k:9092 --elasticsearch.hosts http://es:9200}
 * runs {@link #main}; programs call {@link #start} (non-blocking) or {@link #run} (blocking) on an
 * environment of their choice, or {@link LocalPipeline} for a local MiniCluster.
 */
public final class ModerationJob {

    public static void main(String[] args) throws Exception {
        ReadableConfig options = ParameterTool.fromArgs(args).getConfiguration();
        run(StreamExecutionEnvironment.getExecutionEnvironment(), options);
    }

    /** The pipeline wired to Kafka and Elasticsearch as {@code options} say. */
    public static ModerationPipeline pipeline(ReadableConfig options) {
        return builder(options).build();
    }

    /**
     * The production wiring as a builder, for callers that swap one part and keep the rest (the
     * benchmark replaces the Elasticsearch sink with a measuring one).
     */
    public static ModerationPipeline.Builder builder(ReadableConfig options) {
        return ModerationPipeline.builder()
                .source(KafkaConnectors.postsSource(options))
                .deadLetterSink(KafkaConnectors.deadLetterSink(options))
                .scoredSink(
                        ElasticsearchSink.forScoredPosts(
                                ElasticsearchConnection.fromOptions(options),
                                BulkSettings.fromOptions(options),
                                PostsIndex.fromOptions(options)))
                .verdictSink(KafkaConnectors.verdictsSink(options))
                .eventSink(KafkaConnectors.eventsSink(options))
                .ruleUpdates(ruleUpdates(options))
                .analyzer(PostAnalyzer::shared)
                .classifier(DefaultClassifiers::shared)
                .rules(ApplyRules.defaultEngine())
                .counters(Counters.defaultSpecs())
                .maxTextLength(options.get(JobOptions.MAX_TEXT_LENGTH))
                .deadLetterMaxRawBytes(options.get(JobOptions.DEAD_LETTER_MAX_RAW_BYTES));
    }

    /**
     * The published rule sets. A bounded run (replay, benchmark) first creates the rules topic if
     * it is absent: a bounded source over a topic that does not exist would never finish.
     */
    private static KafkaSource<RuleSetMessage> ruleUpdates(ReadableConfig options) {
        String bootstrap = options.get(KafkaOptions.BOOTSTRAP_SERVERS);
        String topic = options.get(KafkaOptions.RULES_TOPIC);
        boolean bounded = options.get(KafkaOptions.BOUNDED);
        if (bounded) {
            RulesTopic.ensureTopic(bootstrap, topic, RulesTopic.DEFAULT_TIMEOUT);
        }
        return RulesTopic.source(bootstrap, topic, bounded);
    }

    /** Applies the job-wide options (parallelism, checkpointing) to {@code env}. */
    public static void configure(StreamExecutionEnvironment env, ReadableConfig options) {
        env.setParallelism(options.get(JobOptions.PARALLELISM));
        Checkpointing.configure(env, options);
    }

    /** Builds the job on {@code env} and submits it without waiting for it to finish. */
    public static JobClient start(StreamExecutionEnvironment env, ReadableConfig options)
            throws Exception {
        configure(env, options);
        pipeline(options).build(env);
        return env.executeAsync(options.get(JobOptions.NAME));
    }

    /** Builds the job on {@code env} and runs it until it finishes (bounded input) or fails. */
    public static JobExecutionResult run(StreamExecutionEnvironment env, ReadableConfig options)
            throws Exception {
        configure(env, options);
        pipeline(options).build(env);
        return env.execute(options.get(JobOptions.NAME));
    }

    private ModerationJob() {}
}
