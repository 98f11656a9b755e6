package org.manara.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.model.Verdict;
import org.manara.rules.Inputs;
import org.manara.rules.MutableClock;
import org.manara.rules.Packs;
import org.manara.rules.actions.InMemoryCapLedger;
import org.manara.rules.format.RuleSource;

class RuleEngineTest {
    private static final String V1 =
            """
              - id: spam.remove
                description: Remove spam.
                when: scores.spam > 0.9
                action: remove
                labels: [spam]
                severity: high
                cap: {per_hour: 2}
            """;

    private final MutableClock clock = new MutableClock(Packs.NOW);
    private final RuleSetLoader loader = Packs.loader(clock);

    private RuleEngine engine(String rules) {
        return new RuleEngine(
                loader, loader.load(Packs.rules(rules)).orThrow(), new InMemoryCapLedger());
    }

    @Test
    void validUpdateIsSwappedIn() {
        RuleEngine engine = engine(V1);
        String before = engine.current().version();
        LoadResult r = engine.update(Packs.rules(V1.replace("0.9", "0.5")));
        assertThat(r.ok()).isTrue();
        assertThat(engine.current().version()).isNotEqualTo(before);
        assertThat(engine.evaluate(Inputs.post("x").score("spam", 0.6).build()).action())
                .isEqualTo(Action.REMOVE);
    }

    @Test
    void invalidUpdateIsRejectedWholeAndThePreviousSetStays() {
        RuleEngine engine = engine(V1);
        RuleSet before = engine.current();
        RuleSource broken =
                Packs.rules(
                        V1
                                + """
                                  - id: spam.broken
                                    description: Typo.
                                    when: post.txt == 'x'
                                    action: flag
                                    severity: low
                                """);
        LoadResult r = engine.update(broken);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).isNotEmpty();
        assertThat(engine.current()).isSameAs(before);
        Verdict v = engine.evaluate(Inputs.post("x").score("spam", 0.95).build());
        assertThat(v.rulesetVersion()).isEqualTo(before.version());
    }

    @Test
    void sameVersionIsNotReloaded() {
        RuleEngine engine = engine(V1);
        RuleSet before = engine.current();
        assertThat(engine.update(Packs.rules(V1)).ok()).isTrue();
        assertThat(engine.current()).isSameAs(before);
    }

    @Test
    void capsDegradeAndRecoverWithTheClockAndSurviveUpdates() {
        RuleEngine engine = engine(V1);
        var spam = Inputs.post("x").score("spam", 0.95).build();
        assertThat(engine.evaluate(spam).action()).isEqualTo(Action.REMOVE);
        assertThat(engine.evaluate(spam).action()).isEqualTo(Action.REMOVE);
        Verdict third = engine.evaluate(spam);
        assertThat(third.action()).isEqualTo(Action.FLAG);
        assertThat(third.matched().get(0).reason()).contains("[capped: remove degraded to flag");
        // An update to the set does not reset the counts of the same rule.
        engine.update(Packs.rules(V1.replace("Remove spam.", "Remove spam!")));
        assertThat(engine.evaluate(spam).action()).isEqualTo(Action.FLAG);
        clock.advance(Duration.ofHours(1));
        assertThat(engine.evaluate(spam).action()).isEqualTo(Action.REMOVE);
        assertThat(engine.capDegradations()).containsEntry("rule:spam.remove", 2L);
    }

    @Test
    void defaultPackEngineStarts() {
        RuleEngine engine = RuleEngine.withDefaultPack();
        assertThat(engine.current().rules()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(engine.evaluate(Inputs.post("good morning").build()).action())
                .isEqualTo(Action.ALLOW);
    }
}
