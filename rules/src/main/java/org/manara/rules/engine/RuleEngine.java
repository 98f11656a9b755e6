package org.manara.rules.engine;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.manara.model.Verdict;
import org.manara.rules.actions.CapEnforcer;
import org.manara.rules.actions.CapLedger;
import org.manara.rules.actions.InMemoryCapLedger;
import org.manara.rules.format.RuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set in force and the caps on automated actions. {@link #update} swaps in a new set
 * atomically, and only a valid one: an invalid update is rejected whole and the previous set stays
 * in force. Evaluations running during a swap finish on the set they started with. Cap counts live
 * here, not in the set, so they survive updates.
 */
public final class RuleEngine {
    private static final Logger LOG = LoggerFactory.getLogger(RuleEngine.class);

    private final RuleSetLoader loader;
    private final AtomicReference<RuleSet> current;
    private final CapEnforcer caps;

    public RuleEngine(RuleSetLoader loader, RuleSet initial, CapLedger ledger) {
        this.loader = loader;
        this.current = new AtomicReference<>(initial);
        this.caps = new CapEnforcer(ledger);
    }

    /** The default pack with the standard loader and an in-memory cap ledger. */
    public static RuleEngine withDefaultPack() {
        RuleSetLoader loader = RuleSetLoader.standard();
        return new RuleEngine(loader, loader.loadDefaultPack().orThrow(), new InMemoryCapLedger());
    }

    /** The verdict of the set in force, with caps applied. */
    public Verdict evaluate(RuleInput input) {
        return evaluate(input, null);
    }

    /**
     * The verdict of the set in force, with caps applied, for an input whose {@code
     * post.normalized_text} {@code normalizedWith} produced: when that is the set's own normaliser,
     * word-set matches on it skip normalising it again (see {@link RuleSet#evaluate(RuleInput,
     * Instant, TextNormalizer)}).
     */
    public Verdict evaluate(RuleInput input, TextNormalizer normalizedWith) {
        RuleSet set = current.get();
        var now = loader.clock().instant();
        return caps.apply(set.evaluate(input, now, normalizedWith), set::ruleCap, set.caps(), now);
    }

    public RuleSet current() {
        return current.get();
    }

    /**
     * Loads {@code source} and puts it in force if it is valid; otherwise keeps the current set. A
     * source with the current version is not reloaded.
     */
    public LoadResult update(RuleSource source) {
        RuleSet before = current.get();
        if (before.version().equals(source.version())) {
            return new LoadResult(
                    before,
                    before.pack(),
                    java.util.List.of(),
                    new RuleTestReport(java.util.List.of()));
        }
        LoadResult result = loader.load(source);
        if (result.ok()) {
            current.set(result.ruleSet());
            LOG.info(
                    "rule set {} in force ({}), replacing {}",
                    result.ruleSet().version(),
                    result.counts(),
                    before.version());
        } else {
            LOG.warn(
                    "rule set {} rejected with {} errors; {} stays in force; first: {}",
                    source.version(),
                    result.errors().size(),
                    before.version(),
                    result.errors().get(0).format());
        }
        return result;
    }

    /** How often each cap ({@code rule:<id>}, {@code action:<name>}) degraded an action. */
    public Map<String, Long> capDegradations() {
        return caps.degradations();
    }
}
