package org.manara.streamjobs.pipeline;

import java.time.Clock;
import java.util.Map;
import org.manara.classifiers.text.Normalizer;
import org.manara.model.Post;
import org.manara.model.Scores;
import org.manara.model.Verdict;
import org.manara.rules.actions.InMemoryCapLedger;
import org.manara.rules.engine.RuleEngine;
import org.manara.rules.engine.RuleInput;
import org.manara.rules.engine.RuleSetLoader;
import org.manara.rules.engine.TextNormalizer;

/**
 * Verdicts from the rules module's engine over the packaged default policy pack. Text is folded
 * with the classifiers' normaliser, for the post and the rule files' word sets alike, so both meet
 * in the same form.
 *
 * <p>One engine per scoring task: caps on automated actions are therefore counted per task. No
 * counters or campaign facts yet; rules that use them see 0 and no campaign.
 */
public final class RuleEngineVerdicts implements VerdictFunction {
    private final RuleEngine engine;
    private final TextNormalizer normalizer;

    public RuleEngineVerdicts(RuleEngine engine, TextNormalizer normalizer) {
        this.engine = engine;
        this.normalizer = normalizer;
    }

    /** The packaged default pack; fails if it does not load (a broken build, not bad input). */
    public static RuleEngineVerdicts defaultPack() {
        TextNormalizer normalizer = Normalizer.standard()::fold;
        RuleSetLoader loader = new RuleSetLoader(normalizer, Clock.systemUTC());
        RuleEngine engine =
                new RuleEngine(loader, loader.loadDefaultPack().orThrow(), new InMemoryCapLedger());
        return new RuleEngineVerdicts(engine, normalizer);
    }

    /** The version of the rule set in force, as written on each verdict. */
    public String rulesetVersion() {
        return engine.current().version();
    }

    @Override
    public Verdict decide(Post post, Scores scores) {
        return engine.evaluate(RuleInput.of(post, scores, Map.of(), null, normalizer));
    }
}
