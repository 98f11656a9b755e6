package org.manara.streamjobs.pipeline;

import static org.apache.flink.util.Preconditions.checkArgument;
import static org.apache.flink.util.Preconditions.checkNotNull;

import java.time.Clock;
import java.util.List;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.flink.util.function.SerializableSupplier;
import org.manara.classifiers.PostClassifier;
import org.manara.model.DeadLetter;
import org.manara.model.ModerationEvent;
import org.manara.model.Post;
import org.manara.model.PostValidator;
import org.manara.model.ScoredPost;
import org.manara.rules.counters.CounterSpec;
import org.manara.rules.engine.RuleEngine;
import org.manara.streamjobs.counters.Counters;
import org.manara.streamjobs.outputs.ToModerationEvents;
import org.manara.streamjobs.rules.ApplyRules;
import org.manara.streamjobs.rules.RuleSetMessage;
import org.manara.streamjobs.rules.RulesTopic;
import org.manara.streamjobs.serde.RawPost;

/**
 * The moderation job graph, with its sources, sinks, analyser, classifier and rule engine passed
 * in:
 *
 * <pre>
 * posts ─► validate ─► analyse ─► counters ─► apply rules ─┬─► posts sink (Elasticsearch)
 *             │           │                    ▲   │        ├─► verdicts sink (Kafka)
 *             │           │     rule updates ──┘   │        └─► events ─► events sink (Kafka)
 *             └───────────┴────────────────────────┴─► dead letters ─► dead-letter sink (Kafka)
 * </pre>
 *
 * Production wiring (Kafka, Elasticsearch, shipped models and rules) lives in {@link
 * ModerationJob}; tests plug in collections and collecting sinks. The verdicts and events sinks and
 * the rule updates are optional. Every operator has a name and a stable uid from {@link Uids}.
 */
public final class ModerationPipeline {
    private final Source<RawPost, ?, ?> source;
    private final Sink<ScoredPost> scoredSink;
    private final Sink<DeadLetter> deadLetterSink;
    private final Sink<ScoredPost> verdictSink;
    private final Sink<ModerationEvent> eventSink;
    private final Source<RuleSetMessage, ?, ?> ruleUpdates;
    private final SerializableSupplier<PostAnalyzer> analyzer;
    private final SerializableSupplier<PostClassifier> classifier;
    private final SerializableSupplier<RuleEngine> rules;
    private final List<CounterSpec> counters;
    private final int maxTextLength;
    private final int deadLetterMaxRawBytes;
    private final Clock clock;

    private ModerationPipeline(Builder b) {
        this.source = checkNotNull(b.source, "source");
        this.scoredSink = checkNotNull(b.scoredSink, "scoredSink");
        this.deadLetterSink = checkNotNull(b.deadLetterSink, "deadLetterSink");
        this.verdictSink = b.verdictSink;
        this.eventSink = b.eventSink;
        this.ruleUpdates = b.ruleUpdates;
        this.analyzer = checkNotNull(b.analyzer, "analyzer");
        this.classifier = checkNotNull(b.classifier, "classifier");
        this.rules = checkNotNull(b.rules, "rules");
        this.counters = List.copyOf(b.counters);
        checkArgument(b.maxTextLength > 0, "maxTextLength must be positive");
        checkArgument(b.deadLetterMaxRawBytes > 0, "deadLetterMaxRawBytes must be positive");
        this.maxTextLength = b.maxTextLength;
        this.deadLetterMaxRawBytes = b.deadLetterMaxRawBytes;
        this.clock = checkNotNull(b.clock, "clock");
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Adds the pipeline's operators to {@code env}; call {@code env.execute} afterwards.
     *
     * <p>Also turns on object reuse: every record the pipeline passes between operators is
     * immutable and no operator changes a record it received or emitted, so chained operators can
     * hand records over without Flink copying each one through its serializer (about a tenth of the
     * job's CPU time otherwise).
     */
    public PipelineStreams build(StreamExecutionEnvironment env) {
        env.getConfig().enableObjectReuse();
        DataStream<RawPost> raw =
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "posts")
                        .returns(TypeInformation.of(RawPost.class))
                        .uid(Uids.POSTS_SOURCE);

        SingleOutputStreamOperator<Post> valid =
                raw.process(new ValidatePostFunction(maxTextLength, deadLetterMaxRawBytes, clock))
                        .returns(TypeInformation.of(Post.class))
                        .name("validate")
                        .uid(Uids.VALIDATE);

        SingleOutputStreamOperator<EnrichedPost> analysed =
                valid.process(new AnalysePostFunction(analyzer, classifier, clock))
                        .returns(TypeInformation.of(EnrichedPost.class))
                        .name("analyse")
                        .uid(Uids.ANALYSE);

        DataStream<EnrichedPost> counted = Counters.attach(analysed, counters);

        SingleOutputStreamOperator<ScoredPost> scored =
                ApplyRules.attach(counted, ruleUpdates(env), rules, clock);

        DataStream<DeadLetter> deadLetters =
                valid.getSideOutput(ValidatePostFunction.DEAD_LETTERS)
                        .union(
                                analysed.getSideOutput(ValidatePostFunction.DEAD_LETTERS),
                                scored.getSideOutput(ValidatePostFunction.DEAD_LETTERS));

        deadLetters.sinkTo(deadLetterSink).name("dead-letter-sink").uid(Uids.DEAD_LETTER_SINK);
        scored.sinkTo(scoredSink).name("posts-elasticsearch-sink").uid(Uids.POSTS_SINK);
        if (verdictSink != null) {
            scored.sinkTo(verdictSink).name("verdicts-sink").uid(Uids.VERDICTS_SINK);
        }
        if (eventSink != null) {
            scored.flatMap(new ToModerationEvents())
                    .returns(TypeInformation.of(ModerationEvent.class))
                    .name("events")
                    .uid(Uids.EVENTS)
                    .sinkTo(eventSink)
                    .name("events-sink")
                    .uid(Uids.EVENTS_SINK);
        }
        return new PipelineStreams(scored, deadLetters);
    }

    private DataStream<RuleSetMessage> ruleUpdates(StreamExecutionEnvironment env) {
        if (ruleUpdates == null) {
            // No updates: the rule set the engine starts with stays in force. (An empty
            // fromData fails in Flink 2.2, so one number is generated and dropped.)
            return env.fromSequence(0, 0)
                    .uid(Uids.RULES_SOURCE)
                    .flatMap((Long n, Collector<RuleSetMessage> out) -> {})
                    .returns(TypeInformation.of(RuleSetMessage.class))
                    .name("no-rule-updates")
                    .setParallelism(1);
        }
        // The rules topic has one partition; one reader broadcasts to every rules task.
        return RulesTopic.stream(env, ruleUpdates);
    }

    /**
     * Builds a {@link ModerationPipeline}. Required: source, scored sink, dead-letter sink,
     * classifier and rules; the analyser defaults to {@link PostAnalyzer#shared()}.
     */
    public static final class Builder {
        private Source<RawPost, ?, ?> source;
        private Sink<ScoredPost> scoredSink;
        private Sink<DeadLetter> deadLetterSink;
        private Sink<ScoredPost> verdictSink;
        private Sink<ModerationEvent> eventSink;
        private Source<RuleSetMessage, ?, ?> ruleUpdates;
        private SerializableSupplier<PostAnalyzer> analyzer = PostAnalyzer::shared;
        private SerializableSupplier<PostClassifier> classifier;
        private SerializableSupplier<RuleEngine> rules;
        private List<CounterSpec> counters = List.of();
        private int maxTextLength = PostValidator.DEFAULT_MAX_TEXT_LENGTH;
        private int deadLetterMaxRawBytes = 64 * 1024;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        public Builder source(Source<RawPost, ?, ?> source) {
            this.source = source;
            return this;
        }

        public Builder scoredSink(Sink<ScoredPost> sink) {
            this.scoredSink = sink;
            return this;
        }

        public Builder deadLetterSink(Sink<DeadLetter> sink) {
            this.deadLetterSink = sink;
            return this;
        }

        /** Optional: one verdict per scored post (Kafka {@code verdicts}). */
        public Builder verdictSink(Sink<ScoredPost> sink) {
            this.verdictSink = sink;
            return this;
        }

        /** Optional: one event per post whose action is above allow (Kafka {@code events}). */
        public Builder eventSink(Sink<ModerationEvent> sink) {
            this.eventSink = sink;
            return this;
        }

        /** Optional: published rule sets (Kafka {@code rules}), broadcast to every rules task. */
        public Builder ruleUpdates(Source<RuleSetMessage, ?, ?> updates) {
            this.ruleUpdates = updates;
            return this;
        }

        /** Called once per analysing task, in {@code open()}. */
        public Builder analyzer(SerializableSupplier<PostAnalyzer> analyzer) {
            this.analyzer = analyzer;
            return this;
        }

        /** Called once per analysing task, in {@code open()}. */
        public Builder classifier(SerializableSupplier<PostClassifier> classifier) {
            this.classifier = classifier;
            return this;
        }

        /** The engine with the rule set the job starts with; called once per rules task. */
        public Builder rules(SerializableSupplier<RuleEngine> rules) {
            this.rules = rules;
            return this;
        }

        /** The counters the job keeps for the rules ({@code counters.yaml}); none by default. */
        public Builder counters(List<CounterSpec> specs) {
            this.counters = specs;
            return this;
        }

        public Builder maxTextLength(int maxTextLength) {
            this.maxTextLength = maxTextLength;
            return this;
        }

        public Builder deadLetterMaxRawBytes(int bytes) {
            this.deadLetterMaxRawBytes = bytes;
            return this;
        }

        /** The clock for {@code scored_at} and {@code dead_lettered_at}; serialisable. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public ModerationPipeline build() {
            return new ModerationPipeline(this);
        }
    }
}
