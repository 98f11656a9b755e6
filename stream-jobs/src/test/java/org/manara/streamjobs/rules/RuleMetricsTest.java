package org.manara.streamjobs.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.testutils.MetricListener;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.model.Post;
import org.manara.rules.engine.RuleSet;

class RuleMetricsTest {
    private final MetricListener listener = new MetricListener();

    private static RuleSet set(org.manara.rules.format.RuleSource source) {
        return TestRuleSets.engine(source).current();
    }

    private static void evaluate(RuleSet set, double spam) {
        set.evaluate(
                set.input(Post.of("p", "u", "text", TestRuleSets.NOW), Map.of("spam", spam)),
                TestRuleSets.NOW);
    }

    private long counter(String... path) {
        return listener.getCounter(path).orElseThrow().getCount();
    }

    @Test
    void registersVersionVerdictAndPerRuleMetrics() {
        RuleSet flagging = set(TestRuleSets.FLAGGING);
        RuleMetrics metrics = new RuleMetrics(listener.getMetricGroup(), flagging);
        metrics.verdict(Action.FLAG);
        metrics.verdict(Action.FLAG);
        metrics.refused();
        evaluate(flagging, 0.9);

        Gauge<String> version = listener.<String>getGauge("rulesetVersion").orElseThrow();
        assertThat(version.getValue()).isEqualTo(TestRuleSets.FLAGGING.version());
        assertThat(counter("verdicts", "flag")).isEqualTo(2);
        assertThat(counter("verdicts", "allow")).isZero();
        assertThat(counter("verdicts", "suspend_account")).isZero();
        assertThat(counter("rulesetUpdatesRefused")).isEqualTo(1);
        assertThat(counter("rulesetUpdates")).isZero();
        assertThat(counter("rule", "spam.score", "hits")).isEqualTo(1);
        assertThat(counter("rule", "spam.score", "errors")).isZero();
        assertThat(listener.<Integer>getGauge("rulesetRules").orElseThrow().getValue())
                .isEqualTo(4);
    }

    @Test
    void countsCarryOverARuleSetSwap() {
        RuleSet flagging = set(TestRuleSets.FLAGGING);
        RuleMetrics metrics = new RuleMetrics(listener.getMetricGroup(), flagging);
        evaluate(flagging, 0.9);
        evaluate(flagging, 0.9);

        RuleSet removing = set(TestRuleSets.REMOVING);
        metrics.replaced(removing);
        evaluate(removing, 0.9);

        assertThat(counter("rule", "spam.score", "hits")).isEqualTo(3);
        assertThat(counter("rulesetUpdates")).isEqualTo(1);
        assertThat(listener.<String>getGauge("rulesetVersion").orElseThrow().getValue())
                .isEqualTo(TestRuleSets.REMOVING.version());
    }
}
