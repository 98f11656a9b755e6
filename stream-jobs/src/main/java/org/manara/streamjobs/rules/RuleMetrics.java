package org.manara.streamjobs.rules;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;
import org.manara.model.Action;
import org.manara.rules.engine.RuleSet;

/**
 * The rules operator's metrics, in its metric group:
 *
 * <ul>
 *   <li>{@code rulesetVersion} (gauge, string): the version in force; {@code rulesetUpdates}
 *       (counter): sets swapped in since the task started; {@code rulesetUpdatesRefused} (counter):
 *       invalid sets refused; {@code rulesetRules} (gauge): rules in force;
 *   <li>{@code verdicts.<action>} (counters): verdicts per action ({@code allow}, {@code flag},
 *       ...);
 *   <li>{@code rule.<id>.hits} and {@code rule.<id>.errors} (counters, {@code rule} a key-value
 *       group, so reporters such as Prometheus make it a label): matches and run-time failures per
 *       rule id, over every set the task has had. A rule removed by an update keeps its last count.
 * </ul>
 *
 * Hits and errors are counted by the rule set itself (see {@link RuleSet#ruleHits()}), which starts
 * from zero with every set; the counters here add the totals of the sets replaced before it.
 */
final class RuleMetrics {
    /** The set in force and the totals of the sets before it, swapped together. */
    private record Totals(
            RuleSet set, Map<String, Long> hitsBefore, Map<String, Long> errorsBefore) {
        long hits(String id) {
            return hitsBefore.getOrDefault(id, 0L) + set.ruleHits().getOrDefault(id, 0L);
        }

        long errors(String id) {
            return errorsBefore.getOrDefault(id, 0L) + set.ruleErrors().getOrDefault(id, 0L);
        }
    }

    private final MetricGroup group;
    private final Map<Action, Counter> verdicts = new EnumMap<>(Action.class);
    private final Counter updates;
    private final Counter refused;
    private final Counter failed;
    private final Set<String> registered = new HashSet<>();
    private volatile Totals totals;

    RuleMetrics(MetricGroup group, RuleSet initial) {
        this.group = group;
        this.totals = new Totals(initial, Map.of(), Map.of());
        MetricGroup byAction = group.addGroup("verdicts");
        for (Action a : Action.values()) {
            verdicts.put(a, byAction.counter(a.key()));
        }
        updates = group.counter("rulesetUpdates");
        refused = group.counter("rulesetUpdatesRefused");
        failed = group.counter("postsRulesFailed");
        group.gauge("rulesetVersion", () -> totals.set().version());
        group.gauge("rulesetRules", () -> totals.set().rules().size());
        registerRules(initial);
    }

    void verdict(Action action) {
        verdicts.get(action).inc();
    }

    /** A post whose evaluation failed as a whole (dead-lettered). */
    void failed() {
        failed.inc();
    }

    void refused() {
        refused.inc();
    }

    /** {@code after} replaced the set in force. */
    void replaced(RuleSet after) {
        Totals t = totals;
        totals =
                new Totals(
                        after,
                        plus(t.hitsBefore(), t.set().ruleHits()),
                        plus(t.errorsBefore(), t.set().ruleErrors()));
        registerRules(after);
        updates.inc();
    }

    long verdictCount(Action action) {
        return verdicts.get(action).getCount();
    }

    long updatesApplied() {
        return updates.getCount();
    }

    long updatesRefused() {
        return refused.getCount();
    }

    long hits(String ruleId) {
        return totals.hits(ruleId);
    }

    long errors(String ruleId) {
        return totals.errors(ruleId);
    }

    private void registerRules(RuleSet set) {
        for (var rule : set.rules()) {
            String id = rule.id();
            if (registered.add(id)) {
                MetricGroup g = group.addGroup("rule", id);
                g.counter("hits", new ReadOnlyCounter(id, this::hits));
                g.counter("errors", new ReadOnlyCounter(id, this::errors));
            }
        }
    }

    private static Map<String, Long> plus(Map<String, Long> a, Map<String, Long> b) {
        Map<String, Long> out = new HashMap<>(a);
        b.forEach((k, v) -> out.merge(k, v, Long::sum));
        return Map.copyOf(out);
    }

    /** A counter whose count is read from the rule sets; nothing increments it directly. */
    private record ReadOnlyCounter(String id, Function<String, Long> read) implements Counter {
        @Override
        public void inc() {
            throw new UnsupportedOperationException("rule counters are read from the rule set");
        }

        @Override
        public void inc(long n) {
            inc();
        }

        @Override
        public void dec() {
            inc();
        }

        @Override
        public void dec(long n) {
            inc();
        }

        @Override
        public long getCount() {
            return read.apply(id);
        }
    }
}
