package org.manara.rules.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.model.RuleMatch;
import org.manara.model.Verdict;

class CapEnforcerTest {
    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    private static Verdict verdict(RuleMatch... matches) {
        return new Verdict(matches[0].action(), List.of("spam"), List.of(matches), List.of(), "v1");
    }

    private static RuleMatch match(String id, Action a) {
        return new RuleMatch(id, a, List.of("spam"), "why " + id);
    }

    @Test
    void ruleCapDegradesThatRuleToAFlag() {
        CapEnforcer caps = new CapEnforcer(new InMemoryCapLedger());
        Map<String, CapLimit> ruleCaps = Map.of("r.remove", new CapLimit(1, null));
        Verdict v = verdict(match("r.remove", Action.REMOVE), match("r.flag", Action.FLAG));

        Verdict first = caps.apply(v, ruleCaps::get, Caps.none(), T);
        Verdict second = caps.apply(v, ruleCaps::get, Caps.none(), T);

        assertThat(first).isEqualTo(v);
        assertThat(second.action()).isEqualTo(Action.FLAG);
        assertThat(second.matched().get(0).ruleId()).isEqualTo("r.remove");
        assertThat(second.matched().get(0).action()).isEqualTo(Action.FLAG);
        assertThat(second.matched().get(0).reason())
                .isEqualTo(
                        "why r.remove [capped: remove degraded to flag, rule cap 1/hour reached]");
        assertThat(second.labels()).containsExactly("spam");
        assertThat(caps.degradations()).containsEntry("rule:r.remove", 1L);
    }

    @Test
    void actionCapFallsBackToTheNextStrongestAction() {
        CapEnforcer caps = new CapEnforcer(new InMemoryCapLedger());
        Caps limits =
                new Caps(
                        Map.of(
                                Action.SUSPEND_ACCOUNT, new CapLimit(null, 1),
                                Action.HOLD, new CapLimit(5, null)));
        Verdict v =
                verdict(
                        match("r.suspend", Action.SUSPEND_ACCOUNT),
                        match("r.hold", Action.HOLD),
                        match("r.flag", Action.FLAG));

        assertThat(caps.apply(v, id -> null, limits, T).action()).isEqualTo(Action.SUSPEND_ACCOUNT);
        Verdict capped = caps.apply(v, id -> null, limits, T.plusSeconds(60));

        assertThat(capped.action()).isEqualTo(Action.HOLD);
        assertThat(capped.matched())
                .extracting(RuleMatch::ruleId)
                .containsExactly("r.hold", "r.suspend", "r.flag");
        assertThat(capped.matched().get(1).reason())
                .endsWith(
                        "[capped: suspend_account degraded to flag, suspend_account cap 1/day reached]");
        assertThat(caps.degradations()).containsEntry("action:suspend_account", 1L);
    }

    @Test
    void reviewActionsAreNeverCapped() {
        CapEnforcer caps = new CapEnforcer(new InMemoryCapLedger());
        Verdict v = verdict(match("r.flag", Action.FLAG));
        Caps none = new Caps(Map.of());
        for (int i = 0; i < 5; i++) {
            assertThat(caps.apply(v, id -> new CapLimit(0, 0), none, T)).isSameAs(v);
        }
    }
}
