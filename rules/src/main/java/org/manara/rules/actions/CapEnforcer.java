package org.manara.rules.actions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.manara.model.Action;
import org.manara.model.RuleMatch;
import org.manara.model.Verdict;

/**
 * Applies caps on automated actions to a verdict, as Bluesky's automod does with its daily quotas:
 * rules only ask for actions; past a rule's own cap or an action's cap the action degrades to a
 * review flag, so a runaway rule fills the review queue instead of removing posts wholesale. Each
 * degraded match keeps its rule id and says why in its reason.
 *
 * <p>Order: each enforced match stronger than a flag first takes a unit of its rule's cap (if the
 * rule has one); then the verdict's action takes a unit of that action's cap (if any), and when it
 * is exhausted every match asking for it degrades and the next strongest action is tried.
 */
public final class CapEnforcer {
    private final CapLedger ledger;
    private final Map<String, LongAdder> degradations = new ConcurrentHashMap<>();

    public CapEnforcer(CapLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * @param ruleCaps the cap of each rule id, null when it has none
     */
    public Verdict apply(
            Verdict verdict, Function<String, CapLimit> ruleCaps, Caps caps, Instant now) {
        if (!verdict.action().strongerThan(Action.FLAG)) {
            return verdict;
        }
        List<RuleMatch> matches = new ArrayList<>(verdict.matched());
        boolean changed = false;
        for (int i = 0; i < matches.size(); i++) {
            RuleMatch m = matches.get(i);
            CapLimit cap = ruleCaps.apply(m.ruleId());
            if (cap != null
                    && Caps.cappable(m.action())
                    && !ledger.tryAcquire("rule:" + m.ruleId(), cap, now)) {
                matches.set(i, degrade(m, "rule cap " + cap.describe() + " reached"));
                count("rule:" + m.ruleId());
                changed = true;
            }
        }
        while (true) {
            Action strongest = strongest(matches);
            if (!Caps.cappable(strongest)) {
                break;
            }
            CapLimit cap = caps.forAction(strongest).orElse(null);
            if (cap == null || ledger.tryAcquire("action:" + strongest.key(), cap, now)) {
                break;
            }
            count("action:" + strongest.key());
            for (int i = 0; i < matches.size(); i++) {
                if (matches.get(i).action() == strongest) {
                    matches.set(
                            i,
                            degrade(
                                    matches.get(i),
                                    strongest.key() + " cap " + cap.describe() + " reached"));
                }
            }
            changed = true;
        }
        if (!changed) {
            return verdict;
        }
        // Stable: matches with equal actions keep their priority order.
        matches.sort(Comparator.comparing(RuleMatch::action).reversed());
        return new Verdict(
                matches.isEmpty() ? Action.ALLOW : matches.get(0).action(),
                verdict.labels(),
                matches,
                verdict.shadow(),
                verdict.rulesetVersion());
    }

    /** How many times each cap key degraded an action since this enforcer was made. */
    public Map<String, Long> degradations() {
        Map<String, Long> out = new java.util.TreeMap<>();
        degradations.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private void count(String key) {
        degradations.computeIfAbsent(key, k -> new LongAdder()).increment();
    }

    private static Action strongest(List<RuleMatch> matches) {
        Action a = Action.ALLOW;
        for (RuleMatch m : matches) {
            if (m.action().strongerThan(a)) {
                a = m.action();
            }
        }
        return a;
    }

    private static RuleMatch degrade(RuleMatch m, String why) {
        return new RuleMatch(
                m.ruleId(),
                Action.FLAG,
                m.labels(),
                m.reason() + " [capped: " + m.action().key() + " degraded to flag, " + why + "]");
    }
}
