package org.manara.rules.engine;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.manara.model.Action;
import org.manara.model.CategoryScore;
import org.manara.model.Post;
import org.manara.model.RuleMatch;
import org.manara.model.Scores;
import org.manara.model.Verdict;
import org.manara.rules.actions.CapLimit;
import org.manara.rules.actions.Caps;
import org.manara.rules.counters.CounterSpec;
import org.manara.rules.engine.internal.CompiledRule;
import org.manara.rules.engine.internal.InputView;
import org.manara.rules.engine.internal.SetFunctions;
import org.manara.rules.engine.internal.Variables;
import org.manara.rules.format.PolicyPack;
import org.manara.rules.format.RuleDefinition;
import org.manara.rules.format.RuleSource;

/**
 * A loaded, valid rule set: every rule compiled once, immutable and thread-safe. {@link #evaluate}
 * runs every active rule on an input and returns the verdict: the strongest enforced action wins,
 * ties going to the higher priority (then to the rule written first); {@code matched} lists every
 * enforced match in that order, so its first entry is the deciding rule; labels are those of every
 * enforced match; shadow matches are listed apart and change nothing. Caps are applied by {@link
 * RuleEngine}, which keeps their counts across rule-set updates.
 */
public final class RuleSet {
    private static final Comparator<CompiledRule> ORDER =
            Comparator.comparing((CompiledRule r) -> r.definition().action())
                    .reversed()
                    .thenComparing(
                            Comparator.comparingInt((CompiledRule r) -> r.definition().priority())
                                    .reversed());

    private final PolicyPack pack;
    private final String version;
    private final List<CompiledRule> rules;
    private final Map<String, CompiledRule> byId = new LinkedHashMap<>();
    private final List<String> counterNames;
    private final TextNormalizer normalizer;
    private final SetFunctions functions;
    private final Clock clock;

    RuleSet(
            PolicyPack pack,
            List<CompiledRule> rules,
            TextNormalizer normalizer,
            SetFunctions functions,
            Clock clock) {
        this.pack = pack;
        this.functions = functions;
        this.version = pack.source().version();
        // Sorted once so that matches come out in verdict order (stable: file order breaks ties).
        List<CompiledRule> sorted = new ArrayList<>(rules);
        sorted.sort(ORDER);
        this.rules = List.copyOf(sorted);
        for (CompiledRule r : rules) {
            byId.put(r.id(), r);
        }
        this.counterNames = pack.counters().stream().map(CounterSpec::name).toList();
        this.normalizer = normalizer;
        this.clock = clock;
    }

    /** The verdict for {@code input} now (by the loader's clock): expired rules do not fire. */
    public Verdict evaluate(RuleInput input) {
        return evaluate(input, clock.instant());
    }

    /**
     * The verdict for {@code input}, with rules that expired before {@code now} left out. Each
     * rule's prefilter settles most conditions without running CEL (exactly as CEL would); the CEL
     * variables are built only for the first rule that needs its program.
     */
    public Verdict evaluate(RuleInput input, Instant now) {
        return evaluate(input, now, null);
    }

    /**
     * Like {@link #evaluate(RuleInput, Instant)}, with {@code normalizedWith} the normaliser that
     * produced {@code input}'s {@code post.normalized_text}. When it is this set's own, {@code
     * contains_any} and {@code count_any} on that text only split it ({@link TextNormalizer} is
     * idempotent); otherwise (or with null) they normalise it first, as always.
     */
    public Verdict evaluate(RuleInput input, Instant now, TextNormalizer normalizedWith) {
        if (normalizedWith == normalizer) {
            functions.normalized(input.post().normalizedText());
        }
        InputView view = new InputView(input, counterNames);
        Variables vars = null;
        List<RuleMatch> enforced = null;
        List<RuleMatch> shadow = null;
        for (CompiledRule r : rules) {
            if (!r.activeAt(now)) {
                continue;
            }
            Object decided = r.decide(view);
            if (decided == Boolean.FALSE) {
                continue;
            }
            if (decided != Boolean.TRUE) {
                if (vars == null) {
                    vars = new Variables(input, counterNames);
                }
                if (!r.matches(vars)) {
                    continue;
                }
            }
            RuleDefinition d = r.definition();
            RuleMatch m = new RuleMatch(d.id(), d.action(), d.labels(), d.description());
            if (d.isShadow()) {
                shadow = add(shadow, m);
            } else {
                enforced = add(enforced, m);
            }
        }
        if (enforced == null && shadow == null) {
            return Verdict.allow(version);
        }
        List<RuleMatch> matched = enforced == null ? List.of() : enforced;
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        for (RuleMatch m : matched) {
            labels.addAll(m.labels());
        }
        return new Verdict(
                matched.isEmpty() ? Action.ALLOW : matched.get(0).action(),
                List.copyOf(labels),
                matched,
                shadow,
                version);
    }

    private static List<RuleMatch> add(List<RuleMatch> list, RuleMatch m) {
        List<RuleMatch> l = list == null ? new ArrayList<>(4) : list;
        l.add(m);
        return l;
    }

    /** The input for a model post, normalised with this set's normaliser. */
    public RuleInput input(
            Post post, Scores scores, Map<String, Long> counters, CampaignFacts campaign) {
        return RuleInput.of(post, scores, counters, campaign, normalizer);
    }

    /** The input for a post and plain category scores, normalised with this set's normaliser. */
    public RuleInput input(Post post, Map<String, Double> scores) {
        Map<String, CategoryScore> cats = new LinkedHashMap<>();
        scores.forEach((k, v) -> cats.put(k, CategoryScore.of(v)));
        return input(post, new Scores(cats, null), Map.of(), null);
    }

    /** The content hash of the set's files (see {@link RuleSource#version()}). */
    public String version() {
        return version;
    }

    /** The files the set was loaded from, for publishing it elsewhere. */
    public RuleSource source() {
        return pack.source();
    }

    public PolicyPack pack() {
        return pack;
    }

    public List<RuleDefinition> rules() {
        return byId.values().stream().map(CompiledRule::definition).toList();
    }

    public Optional<RuleDefinition> rule(String id) {
        return Optional.ofNullable(byId.get(id)).map(CompiledRule::definition);
    }

    public Caps caps() {
        return pack.caps();
    }

    /** The cap of a rule, null when it has none. */
    public CapLimit ruleCap(String id) {
        CompiledRule r = byId.get(id);
        return r == null ? null : r.definition().cap();
    }

    public List<CounterSpec> counters() {
        return pack.counters();
    }

    public TextNormalizer normalizer() {
        return normalizer;
    }

    /** Run-time failures per rule id since the set was loaded (0 for healthy rules). */
    public Map<String, Long> ruleErrors() {
        Map<String, Long> out = new LinkedHashMap<>();
        byId.forEach((id, r) -> out.put(id, r.errors()));
        return out;
    }

    /** Matches per rule id since the set was loaded, shadow rules included. */
    public Map<String, Long> ruleHits() {
        Map<String, Long> out = new LinkedHashMap<>();
        byId.forEach((id, r) -> out.put(id, r.hits()));
        return out;
    }

    CompiledRule compiled(String id) {
        return byId.get(id);
    }

    List<String> counterNames() {
        return counterNames;
    }
}
