package org.manara.streamjobs.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.streamjobs.rules.TestRuleSets.FLAGGING;
import static org.manara.streamjobs.rules.TestRuleSets.NOW;
import static org.manara.streamjobs.rules.TestRuleSets.REMOVING;
import static org.manara.streamjobs.rules.TestRuleSets.message;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithNonKeyedOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.function.SerializableSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.model.CategoryScore;
import org.manara.model.DeadLetter;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.TextAnalysis;
import org.manara.rules.actions.CapLimit;
import org.manara.rules.engine.RuleEngine;
import org.manara.rules.format.RuleSource;
import org.manara.streamjobs.pipeline.EnrichedPost;
import org.manara.streamjobs.pipeline.ValidatePostFunction;

class ApplyRulesFunctionTest {
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final AtomicInteger ENGINES_BUILT = new AtomicInteger();

    private BroadcastOperatorTestHarness<EnrichedPost, RuleSetMessage, ScoredPost> harness;
    private ApplyRulesFunction function;

    @AfterEach
    void close() throws Exception {
        if (harness != null) {
            harness.close();
        }
    }

    private void open(SerializableSupplier<RuleEngine> engine) throws Exception {
        function = new ApplyRulesFunction(engine, CLOCK);
        harness =
                ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                        function, ApplyRulesFunction.RULE_SET_STATE);
    }

    private static RuleEngine flagging() {
        ENGINES_BUILT.incrementAndGet();
        return TestRuleSets.engine(FLAGGING);
    }

    static EnrichedPost post(String id, String text, double spam) {
        return post(id, text, spam, "und", text.toLowerCase(java.util.Locale.ROOT), Map.of());
    }

    static EnrichedPost post(
            String id,
            String text,
            double spam,
            String lang,
            String normalized,
            Map<String, Long> counters) {
        Post p = Post.of(id, "u-" + id, text, NOW.minusSeconds(60));
        TextAnalysis analysis = new TextAnalysis(normalized, lang, 0.9, "00", List.of("01"));
        Scores scores = new Scores(Map.of("spam", CategoryScore.of(spam)), "m1");
        return new EnrichedPost(p, analysis, scores, counters, "trace-" + id);
    }

    private List<ScoredPost> output() {
        return harness.extractOutputValues();
    }

    @Test
    void decidesEachPostAndKeepsWhatTheJobComputed() throws Exception {
        open(ApplyRulesFunctionTest::flagging);
        EnrichedPost spam =
                post(
                        "s",
                        "cheap watches",
                        0.9,
                        "en",
                        "cheap watches",
                        Map.of("author_posts_1h", 3L));
        EnrichedPost chat = post("c", "lovely weather", 0.1);
        harness.processElement(spam, 1);
        harness.processElement(chat, 2);

        assertThat(output())
                .satisfiesExactly(
                        s -> {
                            assertThat(s.post()).isEqualTo(spam.post());
                            assertThat(s.analysis()).isEqualTo(spam.analysis());
                            assertThat(s.scores()).isEqualTo(spam.scores());
                            assertThat(s.counters()).containsEntry("author_posts_1h", 3L);
                            assertThat(s.verdict().action()).isEqualTo(Action.FLAG);
                            assertThat(s.verdict().matched())
                                    .extracting(m -> m.ruleId())
                                    .containsExactly("spam.score");
                            assertThat(s.verdict().rulesetVersion()).isEqualTo(FLAGGING.version());
                            assertThat(s.scoredAt()).isEqualTo(NOW);
                        },
                        c -> assertThat(c.verdict().action()).isEqualTo(Action.ALLOW));
        assertThat(function.metrics().verdictCount(Action.FLAG)).isEqualTo(1);
        assertThat(function.metrics().verdictCount(Action.ALLOW)).isEqualTo(1);
        assertThat(function.metrics().hits("spam.score")).isEqualTo(1);
    }

    @Test
    void rulesSeeTheAnalysedTextLanguageAndTheCounters() throws Exception {
        open(ApplyRulesFunctionTest::flagging);
        // The raw text would not match 'buy now'; the analysis' folded form does.
        harness.processElement(post("n", "BUY N0W!!", 0.0, "en", "buy now!!", Map.of()), 1);
        // No language from the integrator: the detected one is what rules see.
        harness.processElement(post("a", "مرحبا", 0.0, "ar", "مرحبا", Map.of()), 2);
        harness.processElement(
                post("b", "again", 0.0, "en", "again", Map.of("author_posts_1h", 12L)), 3);

        assertThat(output())
                .extracting(s -> s.verdict().matched().get(0).ruleId())
                .containsExactly("text.phrase", "lang.arabic", "author.burst");
    }

    @Test
    void buildsTheEngineOncePerTask() throws Exception {
        ENGINES_BUILT.set(0);
        open(ApplyRulesFunctionTest::flagging);
        for (int i = 0; i < 5; i++) {
            harness.processElement(post("p" + i, "text", 0.2), i);
        }
        assertThat(ENGINES_BUILT).hasValue(1);
    }

    @Test
    void aPublishedSetChangesTheVerdictsWithoutARestart() throws Exception {
        open(ApplyRulesFunctionTest::flagging);
        harness.processElement(post("before", "spam", 0.9), 1);
        harness.processBroadcastElement(message(REMOVING), 2);
        harness.processElement(post("after", "spam", 0.9), 3);

        assertThat(output())
                .extracting(s -> s.verdict().action(), s -> s.verdict().rulesetVersion())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Action.FLAG, FLAGGING.version()),
                        org.assertj.core.groups.Tuple.tuple(Action.REMOVE, REMOVING.version()));
        assertThat(harness.getBroadcastState(ApplyRulesFunction.RULE_SET_STATE).get(RulesTopic.KEY))
                .isEqualTo(message(REMOVING));
        assertThat(function.metrics().updatesApplied()).isEqualTo(1);
        // Hits carry over the swap: one match under each set.
        assertThat(function.metrics().hits("spam.score")).isEqualTo(2);
    }

    @Test
    void anInvalidSetIsRefusedAndThePreviousOneStays() throws Exception {
        open(ApplyRulesFunctionTest::flagging);
        harness.processBroadcastElement(message(REMOVING), 1);
        harness.processBroadcastElement(message(TestRuleSets.BROKEN), 2);
        harness.processBroadcastElement(message(TestRuleSets.BROKEN), 3);
        harness.processElement(post("p", "spam", 0.9), 4);

        ScoredPost s = output().get(0);
        assertThat(s.verdict().action()).isEqualTo(Action.REMOVE);
        assertThat(s.verdict().rulesetVersion()).isEqualTo(REMOVING.version());
        assertThat(harness.getBroadcastState(ApplyRulesFunction.RULE_SET_STATE).get(RulesTopic.KEY))
                .isEqualTo(message(REMOVING));
        // Refused once: the same broken version again is not reloaded.
        assertThat(function.metrics().updatesRefused()).isEqualTo(1);
        assertThat(function.metrics().updatesApplied()).isEqualTo(1);
    }

    @Test
    void republishingTheSetInForceChangesNothing() throws Exception {
        open(ApplyRulesFunctionTest::flagging);
        harness.processBroadcastElement(message(FLAGGING), 1);
        assertThat(function.metrics().updatesApplied()).isZero();
        // Still recorded, so a restored task knows which set was in force.
        assertThat(harness.getBroadcastState(ApplyRulesFunction.RULE_SET_STATE).get(RulesTopic.KEY))
                .isEqualTo(message(FLAGGING));
    }

    @Test
    void aRestoredTaskStartsFromTheSetInBroadcastState() throws Exception {
        open(ApplyRulesFunctionTest::flagging);
        harness.processBroadcastElement(message(REMOVING), 1);
        OperatorSubtaskState snapshot = harness.snapshot(1L, 2L);
        harness.close();

        function = new ApplyRulesFunction(ApplyRulesFunctionTest::flagging, CLOCK);
        harness =
                new BroadcastOperatorTestHarness<>(
                        new CoBroadcastWithNonKeyedOperator<>(
                                function, List.of(ApplyRulesFunction.RULE_SET_STATE)),
                        1,
                        1,
                        0);
        harness.setup();
        harness.initializeState(snapshot);
        harness.open();
        assertThat(function.engine().current().version()).isEqualTo(FLAGGING.version());

        harness.processElement(post("p", "spam", 0.9), 3);
        harness.processElement(post("q", "spam", 0.9), 4);
        assertThat(output())
                .extracting(s -> s.verdict().rulesetVersion())
                .containsExactly(REMOVING.version(), REMOVING.version());
        assertThat(function.metrics().updatesApplied()).isEqualTo(1);
    }

    @Test
    void aPostWhoseEvaluationFailsIsDeadLetteredNotFatal() throws Exception {
        open(ApplyRulesFunctionTest::cappedWithBrokenLedger);
        EnrichedPost bad = post("x", "spam", 0.9);
        harness.processElement(bad, 1);
        harness.processElement(post("ok", "fine", 0.1), 2);

        assertThat(output()).extracting(s -> s.post().id()).containsExactly("ok");
        DeadLetter dl =
                harness.getSideOutput(ValidatePostFunction.DEAD_LETTERS).stream()
                        .map(StreamRecord::getValue)
                        .findFirst()
                        .orElseThrow();
        assertThat(dl.source()).isEqualTo(ApplyRulesFunction.RULES_SOURCE);
        assertThat(dl.problems().get(0).reason()).contains("rule evaluation failed", "ledger down");
        assertThat(Json.mapper().readValue(dl.raw(), Post.class)).isEqualTo(bad.post());
    }

    /** A set whose remove action is capped, over a cap ledger that is down. */
    private static RuleEngine cappedWithBrokenLedger() {
        RuleSource capped =
                RuleSource.of(
                        Map.of(
                                "caps.yaml",
                                "caps:\n  remove: {per_hour: 10}\n",
                                "labels.yaml",
                                FLAGGING.files().get("labels.yaml"),
                                "counters.yaml",
                                FLAGGING.files().get("counters.yaml"),
                                "policies/p.yaml",
                                REMOVING.files().get("policies/p.yaml")));
        return TestRuleSets.engine(
                capped,
                (String key, CapLimit limit, java.time.Instant now) -> {
                    throw new IllegalStateException("ledger down");
                });
    }
}
