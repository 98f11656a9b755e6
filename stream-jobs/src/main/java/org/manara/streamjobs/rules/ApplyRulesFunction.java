package org.manara.streamjobs.rules;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.function.SerializableSupplier;
import org.manara.model.CategoryScore;
import org.manara.model.DeadLetter;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.Problem;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.TextAnalysis;
import org.manara.model.Verdict;
import org.manara.rules.engine.AuthorFacts;
import org.manara.rules.engine.LoadResult;
import org.manara.rules.engine.PostFacts;
import org.manara.rules.engine.RuleEngine;
import org.manara.rules.engine.RuleInput;
import org.manara.streamjobs.pipeline.EnrichedPost;
import org.manara.streamjobs.pipeline.ValidatePostFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides each post with the rule set in force and swaps in published sets as they arrive on the
 * broadcast input, without a restart.
 *
 * <p>The engine is built once per task in {@link #open} (the packaged pack, usually). A broadcast
 * set goes through {@link RuleEngine#update}: a valid one is put in force and kept in broadcast
 * state, so that a task restored from a checkpoint, or added by rescaling, starts from it; an
 * invalid one is refused (the engine logs it once with its first error) and the previous set stays.
 * Broadcast state is not readable in {@code open()}, so a restored task compares it with its engine
 * on the first post it sees.
 *
 * <p>A post whose evaluation fails as a whole (a failing rule alone just does not match) goes to
 * {@link ValidatePostFunction#DEAD_LETTERS} with the exception as its problem, as in scoring.
 */
public final class ApplyRulesFunction
        extends BroadcastProcessFunction<EnrichedPost, RuleSetMessage, ScoredPost> {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApplyRulesFunction.class);

    /** The broadcast state: the last accepted message under {@link RulesTopic#KEY}. */
    public static final MapStateDescriptor<String, RuleSetMessage> RULE_SET_STATE =
            new MapStateDescriptor<>(
                    "rule-set", Types.STRING, TypeInformation.of(RuleSetMessage.class));

    /** The dead letter {@code source} of posts whose rule evaluation failed. */
    public static final String RULES_SOURCE = "rules";

    private final SerializableSupplier<RuleEngine> engineFactory;
    private final Clock clock;

    private transient RuleEngine engine;
    private transient RuleMetrics metrics;

    /** The broadcast-state version last compared with the engine, so the check runs once. */
    private transient String checkedStateVersion;

    /** The last refused version, so a refused set is not loaded (and logged) again. */
    private transient String refusedVersion;

    public ApplyRulesFunction(SerializableSupplier<RuleEngine> engineFactory, Clock clock) {
        this.engineFactory = engineFactory;
        this.clock = clock;
    }

    @Override
    public void open(OpenContext openContext) {
        engine = engineFactory.get();
        metrics = new RuleMetrics(getRuntimeContext().getMetricGroup(), engine.current());
        LOG.info("rules operator starts with rule set {}", engine.current().version());
    }

    @Override
    public void processElement(EnrichedPost post, ReadOnlyContext ctx, Collector<ScoredPost> out)
            throws Exception {
        RuleSetMessage stored = ctx.getBroadcastState(RULE_SET_STATE).get(RulesTopic.KEY);
        if (stored != null && !stored.version().equals(checkedStateVersion)) {
            checkedStateVersion = stored.version();
            apply(stored);
        }
        Verdict verdict;
        try {
            // the analysis folds normalized_text with ApplyRules.FOLD; without an analysis,
            // input() folds it with the set's own normaliser
            verdict =
                    engine.evaluate(
                            input(post),
                            post.analysis() == null
                                    ? engine.current().normalizer()
                                    : ApplyRules.FOLD);
        } catch (RuntimeException e) {
            metrics.failed();
            LOG.warn("rule evaluation failed for post {}: {}", id(post), e.toString());
            ctx.output(ValidatePostFunction.DEAD_LETTERS, deadLetter(post, e));
            return;
        }
        metrics.verdict(verdict.action());
        out.collect(
                new ScoredPost(
                        post.post(),
                        post.fullAnalysis(),
                        post.scores(),
                        post.counters(),
                        verdict,
                        clock.instant()));
    }

    @Override
    public void processBroadcastElement(
            RuleSetMessage message, Context ctx, Collector<ScoredPost> out) throws Exception {
        if (apply(message)) {
            ctx.getBroadcastState(RULE_SET_STATE).put(RulesTopic.KEY, message);
            checkedStateVersion = message.version();
        }
    }

    /** Puts {@code message} in force if it is valid; true when it is (or already was) in force. */
    private boolean apply(RuleSetMessage message) {
        String version = message.version();
        if (version.equals(engine.current().version())) {
            return true;
        }
        if (version.equals(refusedVersion)) {
            return false;
        }
        LoadResult result = engine.update(message.toSource());
        if (!result.ok()) {
            refusedVersion = version;
            metrics.refused();
            return false;
        }
        metrics.replaced(engine.current());
        LOG.info(
                "rule set {} (published by {} at {}) in force in task {}",
                version,
                message.publisher(),
                message.publishedAt(),
                getRuntimeContext().getTaskInfo().getIndexOfThisSubtask());
        return true;
    }

    /**
     * The rules' view of a post. The normalised text comes from the analysis (no second
     * normalisation), and so does the language when the integrator gave none and one was detected:
     * rules such as {@code post.lang == 'ar'} then work on posts that arrive without a language.
     */
    static RuleInput input(EnrichedPost p, RuleEngine engine) {
        Post post = p.post();
        TextAnalysis analysis = p.analysis();
        if (analysis == null) {
            return RuleInput.of(
                    post, p.scores(), p.counters(), null, engine.current().normalizer());
        }
        PostFacts f =
                PostFacts.from(post, text -> "").withNormalizedText(analysis.normalizedText());
        String lang = f.lang();
        if (lang.isEmpty() && !"und".equals(analysis.lang())) {
            lang = analysis.lang();
        }
        PostFacts facts =
                new PostFacts(
                        f.id(),
                        f.platform(),
                        f.text(),
                        f.normalizedText(),
                        lang,
                        f.urls(),
                        f.domains(),
                        f.hashtags(),
                        f.mentions(),
                        f.createdAt(),
                        f.isReply(),
                        f.isRepost());
        return new RuleInput(
                facts,
                AuthorFacts.from(post.author(), post.createdAt()),
                scoreMap(p.scores()),
                p.counters(),
                null);
    }

    private RuleInput input(EnrichedPost p) {
        return input(p, engine);
    }

    private static Map<String, Double> scoreMap(Scores scores) {
        Map<String, Double> m = new HashMap<>();
        if (scores != null) {
            for (Map.Entry<String, CategoryScore> e : scores.categories().entrySet()) {
                m.put(e.getKey(), e.getValue().score());
            }
        }
        return m;
    }

    private static String id(EnrichedPost p) {
        return p.post() == null ? "(none)" : p.post().id();
    }

    private DeadLetter deadLetter(EnrichedPost post, RuntimeException e) {
        byte[] raw;
        try {
            raw = Json.mapper().writeValueAsBytes(post.post());
        } catch (JsonProcessingException jsonFailure) {
            raw = new byte[0];
        }
        return DeadLetter.of(
                raw,
                List.of(new Problem("$", "rule evaluation failed: " + e)),
                RULES_SOURCE,
                clock.instant());
    }

    /** The metrics, for tests. */
    RuleMetrics metrics() {
        return metrics;
    }

    /** The engine of this task, for tests. */
    RuleEngine engine() {
        return engine;
    }
}
