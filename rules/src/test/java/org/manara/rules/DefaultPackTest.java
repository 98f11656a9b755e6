package org.manara.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.model.Category;
import org.manara.model.Verdict;
import org.manara.model.sample.SampleKind;
import org.manara.model.sample.SyntheticPost;
import org.manara.model.sample.SyntheticPosts;
import org.manara.rules.engine.LoadResult;
import org.manara.rules.engine.RuleSet;
import org.manara.rules.engine.RuleSetLoader;
import org.manara.rules.engine.RuleTestResult;
import org.manara.rules.format.LabelDefinition;
import org.manara.rules.format.RuleDefinition;
import org.manara.rules.format.RuleSource;

/** The default policy pack: valid, tested, broad enough to start a platform from. */
class DefaultPackTest {
    private static final LoadResult PACK = RuleSetLoader.standard().loadDefaultPack();

    @Test
    void loadsWithoutErrorsOrWarningsAndEveryEmbeddedTestPasses() {
        assertThat(PACK.diagnostics()).isEmpty();
        assertThat(PACK.ok()).isTrue();
        assertThat(PACK.tests().results()).isNotEmpty().allMatch(RuleTestResult::passed);
    }

    @Test
    void theModuleRootIsThePackagedPack() {
        // The build copies the files at the module root into the jar; they must not drift.
        Path moduleRoot = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        RuleSource onDisk = RuleSource.fromDirectory(moduleRoot);
        assertThat(onDisk.version()).isEqualTo(RuleSource.defaultPack().version());
    }

    @Test
    void hasAtLeastThirtyRulesEachWithAMatchAndANearMissTest() {
        List<RuleDefinition> rules = PACK.ruleSet().rules();
        assertThat(rules).hasSizeGreaterThanOrEqualTo(30);
        for (RuleDefinition r : rules) {
            assertThat(r.tests()).as(r.id()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(r.tests())
                    .as(r.id() + " has a match")
                    .anyMatch(t -> t.expectedAction() != null);
            assertThat(r.tests())
                    .as(r.id() + " has a near miss")
                    .anyMatch(t -> t.expectedAction() == null);
        }
    }

    @Test
    void coversTheIssuesPolicyAreas() {
        Set<String> ids =
                PACK.ruleSet().rules().stream().map(RuleDefinition::id).collect(Collectors.toSet());
        for (String prefix : List.of("spam.", "abuse.", "coord.", "accounts.", "ar.")) {
            assertThat(ids).as(prefix).anyMatch(id -> id.startsWith(prefix));
        }
        Set<String> labels =
                PACK.ruleSet().rules().stream()
                        .flatMap(r -> r.labels().stream())
                        .collect(Collectors.toSet());
        assertThat(labels)
                .contains(
                        "spam",
                        "scam",
                        "phone_spam",
                        "crypto_spam",
                        "link_farm",
                        "repetitive",
                        "hate",
                        "harassment",
                        "threat",
                        "sexual",
                        "self_harm",
                        "coordinated",
                        "new_account");
        // Every label in the vocabulary is used by some rule.
        assertThat(labels)
                .containsAll(PACK.pack().labels().stream().map(LabelDefinition::name).toList());
        assertThat(PACK.pack().counters()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(PACK.ruleSet().rules()).anyMatch(RuleDefinition::isShadow);
        assertThat(PACK.ruleSet().rules()).anyMatch(r -> r.cap() != null);
        assertThat(PACK.ruleSet().rules()).anyMatch(r -> r.expires() != null);
    }

    @Test
    void selfHarmIsNeverRemovedOnlyRoutedToSupport() {
        for (RuleDefinition r : PACK.ruleSet().rules()) {
            if (r.labels().contains("self_harm")) {
                assertThat(r.action()).as(r.id()).isEqualTo(Action.ESCALATE);
            }
        }
    }

    @Test
    void syntheticTrafficGetsPlausibleVerdicts() {
        RuleSet set = PACK.ruleSet();
        SyntheticPosts gen = new SyntheticPosts(11, Instant.parse("2026-03-01T00:00:00Z"), 50);
        Map<SampleKind, Integer> actedOn = new HashMap<>();
        Map<SampleKind, Integer> seen = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            SyntheticPost sp = gen.nextLabelled();
            Map<String, Double> scores = new HashMap<>();
            for (Category c : Category.values()) {
                scores.put(c.key(), 0.05);
            }
            if (sp.kind() == SampleKind.SPAM) {
                scores.put("spam", 0.85);
            }
            if (sp.kind() == SampleKind.ABUSE) {
                scores.put("harassment", 0.85);
                scores.put("offensive", 0.7);
            }
            Verdict v = set.evaluate(set.input(sp.post(), scores), Packs.NOW);
            seen.merge(sp.kind(), 1, Integer::sum);
            if (v.action().needsReview() || v.action() == Action.LABEL) {
                actedOn.merge(sp.kind(), 1, Integer::sum);
            }
        }
        assertThat(actedOn.getOrDefault(SampleKind.SPAM, 0)).isEqualTo(seen.get(SampleKind.SPAM));
        assertThat(actedOn.getOrDefault(SampleKind.ABUSE, 0))
                .isGreaterThan(seen.get(SampleKind.ABUSE) * 9 / 10);
        assertThat(actedOn.getOrDefault(SampleKind.CHATTER_EN, 0)).isZero();
        assertThat(actedOn.getOrDefault(SampleKind.CHATTER_AR, 0)).isZero();
        assertThat(set.ruleErrors().values()).allMatch(n -> n == 0);
    }
}
