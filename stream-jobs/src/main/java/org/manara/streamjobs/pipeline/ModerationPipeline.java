package org.manara.streamjobs.pipeline;

import static org.apache.flink.util.Preconditions.checkArgument;
import static org.apache.flink.util.Preconditions.checkNotNull;

import java.time.Clock;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.function.SerializableSupplier;
import org.manara.classifiers.PostClassifier;
import org.manara.model.DeadLetter;
import org.manara.model.Post;
import org.manara.model.PostValidator;
import org.manara.model.ScoredPost;
import org.manara.streamjobs.serde.RawPost;

/**
 * The moderation job graph, with its source, sinks, classifier and verdict function passed in:
 *
 * <pre>
 * source(RawPost) ─► validate ─► score ─► scored sink (Elasticsearch)
 *                       │          │
 *                       └──────────┴─► dead letters ─► dead-letter sink (Kafka)
 * </pre>
 *
 * Production wiring (Kafka, Elasticsearch, shipped models and rules) lives in {@link
 * ModerationJob}; tests plug in collections and collecting sinks. Every operator has a name and a
 * stable uid from {@link Uids}.
 */
public final class ModerationPipeline {
    private final Source<RawPost, ?, ?> source;
    private final Sink<ScoredPost> scoredSink;
    private final Sink<DeadLetter> deadLetterSink;
    private final SerializableSupplier<PostClassifier> classifier;
    private final SerializableSupplier<VerdictFunction> verdicts;
    private final int maxTextLength;
    private final int deadLetterMaxRawBytes;
    private final Clock clock;

    private ModerationPipeline(Builder b) {
        this.source = checkNotNull(b.source, "source");
        this.scoredSink = checkNotNull(b.scoredSink, "scoredSink");
        this.deadLetterSink = checkNotNull(b.deadLetterSink, "deadLetterSink");
        this.classifier = checkNotNull(b.classifier, "classifier");
        this.verdicts = checkNotNull(b.verdicts, "verdicts");
        checkArgument(b.maxTextLength > 0, "maxTextLength must be positive");
        checkArgument(b.deadLetterMaxRawBytes > 0, "deadLetterMaxRawBytes must be positive");
        this.maxTextLength = b.maxTextLength;
        this.deadLetterMaxRawBytes = b.deadLetterMaxRawBytes;
        this.clock = checkNotNull(b.clock, "clock");
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Adds the pipeline's operators to {@code env}; call {@code env.execute} afterwards. */
    public PipelineStreams build(StreamExecutionEnvironment env) {
        DataStream<RawPost> raw =
                env.fromSource(source, WatermarkStrategy.noWatermarks(), "posts")
                        .returns(TypeInformation.of(RawPost.class))
                        .uid(Uids.POSTS_SOURCE);

        SingleOutputStreamOperator<Post> valid =
                raw.process(new ValidatePostFunction(maxTextLength, deadLetterMaxRawBytes, clock))
                        .returns(TypeInformation.of(Post.class))
                        .name("validate")
                        .uid(Uids.VALIDATE);

        SingleOutputStreamOperator<ScoredPost> scored =
                valid.process(new ScorePostFunction(classifier, verdicts, clock))
                        .returns(TypeInformation.of(ScoredPost.class))
                        .name("score")
                        .uid(Uids.SCORE);

        DataStream<DeadLetter> deadLetters =
                valid.getSideOutput(ValidatePostFunction.DEAD_LETTERS)
                        .union(scored.getSideOutput(ValidatePostFunction.DEAD_LETTERS));

        deadLetters.sinkTo(deadLetterSink).name("dead-letter-sink").uid(Uids.DEAD_LETTER_SINK);
        scored.sinkTo(scoredSink).name("posts-elasticsearch-sink").uid(Uids.POSTS_SINK);
        return new PipelineStreams(scored, deadLetters);
    }

    /** Builds a {@link ModerationPipeline}; every setter except the limits is required. */
    public static final class Builder {
        private Source<RawPost, ?, ?> source;
        private Sink<ScoredPost> scoredSink;
        private Sink<DeadLetter> deadLetterSink;
        private SerializableSupplier<PostClassifier> classifier;
        private SerializableSupplier<VerdictFunction> verdicts;
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

        /** Called once per scoring task, in {@code open()}. */
        public Builder classifier(SerializableSupplier<PostClassifier> classifier) {
            this.classifier = classifier;
            return this;
        }

        /** Called once per scoring task, in {@code open()}. */
        public Builder verdicts(SerializableSupplier<VerdictFunction> verdicts) {
            this.verdicts = verdicts;
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
