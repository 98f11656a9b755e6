package org.manara.streamjobs.pipeline;

import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Histogram;
import org.apache.flink.runtime.metrics.DescriptiveStatisticsHistogram;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.function.SerializableSupplier;
import org.manara.classifiers.PostClassifier;
import org.manara.classifiers.text.NormalizedText;
import org.manara.model.Post;
import org.manara.model.Scores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses each valid post (normalised text, language, fingerprint) and scores it with every
 * classifier category, evidence included. The analyser and classifier are built in {@link #open}
 * from serialisable factories (models load there), because neither is serialisable itself.
 *
 * <p>A post that makes a stage throw goes to {@link ValidatePostFunction#DEAD_LETTERS} with the
 * exception as its problem, logged once with its id.
 */
public final class AnalysePostFunction extends ProcessFunction<Post, EnrichedPost> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AnalysePostFunction.class);

    /** The dead letter {@code source} of posts whose analysis or scoring failed. */
    public static final String SCORING_SOURCE = "scoring";

    private final SerializableSupplier<PostAnalyzer> analyzerFactory;
    private final SerializableSupplier<PostClassifier> classifierFactory;
    private final Clock clock;

    private transient PostAnalyzer analyzer;
    private transient PostClassifier classifier;
    private transient Counter scored;
    private transient Counter failed;
    private transient Histogram micros;

    public AnalysePostFunction(
            SerializableSupplier<PostAnalyzer> analyzerFactory,
            SerializableSupplier<PostClassifier> classifierFactory,
            Clock clock) {
        this.analyzerFactory = analyzerFactory;
        this.classifierFactory = classifierFactory;
        this.clock = clock;
    }

    @Override
    public void open(OpenContext openContext) {
        analyzer = analyzerFactory.get();
        classifier = classifierFactory.get();
        var metrics = getRuntimeContext().getMetricGroup();
        scored = metrics.counter("postsScored");
        failed = metrics.counter("postsScoringFailed");
        micros = metrics.histogram("scoringMicros", new DescriptiveStatisticsHistogram(10_000));
    }

    @Override
    public void processElement(Post post, Context ctx, Collector<EnrichedPost> out) {
        long start = System.nanoTime();
        EnrichedPost result;
        try {
            NormalizedText text = analyzer.normalize(post);
            // Normalise once: the shipped classifiers read the standard normaliser's output.
            Scores scores = classifier.score(post, text);
            result = analyzer.enrich(post, text, scores, traceId());
        } catch (RuntimeException e) {
            failed.inc();
            LOG.warn("scoring failed for post {}: {}", post.id(), e.toString());
            ctx.output(
                    ValidatePostFunction.DEAD_LETTERS,
                    PostDeadLetters.of(post, SCORING_SOURCE, e, clock.instant()));
            return;
        }
        micros.update((System.nanoTime() - start) / 1_000);
        scored.inc();
        out.collect(result);
    }

    private static String traceId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return new UUID(r.nextLong(), r.nextLong()).toString();
    }
}
