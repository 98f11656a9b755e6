package org.manara.streamjobs.rules;

import java.time.Clock;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.function.SerializableSupplier;
import org.manara.classifiers.text.Normalizer;
import org.manara.model.ScoredPost;
import org.manara.rules.actions.InMemoryCapLedger;
import org.manara.rules.engine.RuleEngine;
import org.manara.rules.engine.RuleSetLoader;
import org.manara.rules.engine.TextNormalizer;
import org.manara.streamjobs.pipeline.EnrichedPost;
import org.manara.streamjobs.pipeline.Uids;

/** Adds the rules operator to a job: posts in, rule-set updates broadcast to it, verdicts out. */
public final class ApplyRules {

    /**
     * Connects {@code posts} with the broadcast {@code updates} (see {@link RulesTopic#stream}) in
     * an {@link ApplyRulesFunction} with uid {@link Uids#APPLY_RULES}. Its side output {@link
     * org.manara.streamjobs.pipeline.ValidatePostFunction#DEAD_LETTERS} holds the posts whose
     * evaluation failed.
     */
    public static SingleOutputStreamOperator<ScoredPost> attach(
            DataStream<EnrichedPost> posts,
            DataStream<RuleSetMessage> updates,
            SerializableSupplier<RuleEngine> engine,
            Clock clock) {
        BroadcastStream<RuleSetMessage> broadcast =
                updates.broadcast(ApplyRulesFunction.RULE_SET_STATE);
        return posts.connect(broadcast)
                .process(new ApplyRulesFunction(engine, clock))
                .returns(TypeInformation.of(ScoredPost.class))
                .name("apply-rules")
                .uid(Uids.APPLY_RULES);
    }

    /**
     * The classifiers' normaliser as the rules' {@link TextNormalizer}: the form the analysis gives
     * {@code normalized_text} in ({@code PostAnalyzer}). One instance, so that a rule set compiled
     * by {@link #loader()} recognises the analysis text as its own normaliser's output.
     */
    static final TextNormalizer FOLD = Normalizer.standard()::fold;

    /**
     * The engine the job starts with: the packaged default pack, its word sets and the posts' text
     * folded with the classifiers' normaliser (as the analysis folds {@code normalized_text}), caps
     * counted per task.
     */
    public static SerializableSupplier<RuleEngine> defaultEngine() {
        return ApplyRules::buildDefaultEngine;
    }

    /**
     * The loader the job compiles rule sets with: text folded with the classifiers' normaliser.
     * {@code manara rules validate/test/publish} use it too, so a set they accept is one the job
     * accepts.
     */
    public static RuleSetLoader loader() {
        return new RuleSetLoader(FOLD, Clock.systemUTC());
    }

    private static RuleEngine buildDefaultEngine() {
        RuleSetLoader loader = loader();
        return new RuleEngine(loader, loader.loadDefaultPack().orThrow(), new InMemoryCapLedger());
    }

    private ApplyRules() {}
}
