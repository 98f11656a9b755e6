package org.manara.streamjobs.pipeline;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.function.SerializableSupplier;
import org.manara.classifiers.PostClassifier;
import org.manara.model.DeadLetter;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.Problem;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.Verdict;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores each valid post with the classifiers and asks the verdict function for a verdict. The
 * classifier and verdict function are built once per task in {@link #open} (models load there),
 * from serialisable factories, because neither is serialisable itself.
 *
 * <p>A post that makes scoring throw is a poison pill of another kind: it goes to {@link
 * ValidatePostFunction#DEAD_LETTERS} with the exception as its problem rather than restarting the
 * job forever.
 */
public final class ScorePostFunction extends ProcessFunction<Post, ScoredPost> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ScorePostFunction.class);

    /** The dead letter {@code source} of posts whose scoring failed. */
    public static final String SCORING_SOURCE = "scoring";

    private final SerializableSupplier<PostClassifier> classifierFactory;
    private final SerializableSupplier<VerdictFunction> verdictFactory;
    private final Clock clock;

    private transient PostClassifier classifier;
    private transient VerdictFunction verdicts;
    private transient Counter scored;
    private transient Counter flagged;
    private transient Counter failed;

    public ScorePostFunction(
            SerializableSupplier<PostClassifier> classifierFactory,
            SerializableSupplier<VerdictFunction> verdictFactory,
            Clock clock) {
        this.classifierFactory = classifierFactory;
        this.verdictFactory = verdictFactory;
        this.clock = clock;
    }

    @Override
    public void open(OpenContext openContext) {
        classifier = classifierFactory.get();
        verdicts = verdictFactory.get();
        scored = getRuntimeContext().getMetricGroup().counter("postsScored");
        flagged = getRuntimeContext().getMetricGroup().counter("postsFlagged");
        failed = getRuntimeContext().getMetricGroup().counter("postsScoringFailed");
    }

    @Override
    public void processElement(Post post, Context ctx, Collector<ScoredPost> out) {
        ScoredPost result;
        try {
            Scores scores = classifier.score(post);
            Verdict verdict = verdicts.decide(post, scores);
            result = new ScoredPost(post, scores, verdict, clock.instant());
        } catch (RuntimeException e) {
            failed.inc();
            LOG.warn("scoring failed for post {}: {}", post.id(), e.toString());
            ctx.output(ValidatePostFunction.DEAD_LETTERS, deadLetter(post, e));
            return;
        }
        scored.inc();
        if (result.flagged()) {
            flagged.inc();
        }
        out.collect(result);
    }

    private DeadLetter deadLetter(Post post, RuntimeException e) {
        byte[] raw;
        try {
            raw = Json.mapper().writeValueAsBytes(post);
        } catch (JsonProcessingException jsonFailure) {
            raw = new byte[0];
        }
        return DeadLetter.of(
                raw,
                List.of(new Problem("$", "scoring failed: " + e)),
                SCORING_SOURCE,
                clock.instant());
    }
}
