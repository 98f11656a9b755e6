package org.manara.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.manara.model.Action;
import org.manara.model.RuleMatch;
import org.manara.model.Verdict;
import org.manara.rules.Inputs;
import org.manara.rules.Packs;

class RuleSetTest {
    private static final String RULES =
            """
              - id: spam.flag
                description: Spam flagged.
                when: scores.spam > 0.5
                action: flag
                labels: [spam]
                severity: low
              - id: spam.remove_low
                description: Remove, low priority.
                when: scores.spam > 0.8
                action: remove
                labels: [spam]
                severity: high
                priority: 1
              - id: spam.remove_high
                description: Remove, high priority.
                when: scores.spam > 0.9
                action: remove
                labels: [scam]
                severity: high
                priority: 9
              - id: spam.shadow_hold
                description: Watching a hold.
                when: scores.spam > 0.5
                action: hold
                labels: [abuse]
                severity: medium
                mode: shadow
              - id: spam.old
                description: Expired.
                when: scores.spam > 0.1
                action: suspend_account
                severity: critical
                expires: 2026-05-31
            """;

    private final RuleSet set = Packs.load(Packs.rules(RULES));

    @Test
    void strongestActionWinsAndTiesGoToPriority() {
        Verdict v = set.evaluate(Inputs.post("x").score("spam", 0.95).build(), Packs.NOW);
        assertThat(v.action()).isEqualTo(Action.REMOVE);
        assertThat(v.matched())
                .extracting(RuleMatch::ruleId)
                .containsExactly("spam.remove_high", "spam.remove_low", "spam.flag");
        assertThat(v.labels()).containsExactly("scam", "spam");
        assertThat(v.matched().get(0).reason()).isEqualTo("Remove, high priority.");
        assertThat(v.rulesetVersion()).isEqualTo(set.version()).hasSize(16);
    }

    @Test
    void shadowMatchesAreRecordedApartAndChangeNothing() {
        Verdict v = set.evaluate(Inputs.post("x").score("spam", 0.6).build(), Packs.NOW);
        assertThat(v.action()).isEqualTo(Action.FLAG);
        assertThat(v.labels()).containsExactly("spam");
        assertThat(v.shadow()).extracting(RuleMatch::ruleId).containsExactly("spam.shadow_hold");
        assertThat(v.shadow().get(0).action()).isEqualTo(Action.HOLD);
    }

    @Test
    void nothingMatchingMeansAllow() {
        Verdict v = set.evaluate(Inputs.post("x").score("spam", 0.05).build(), Packs.NOW);
        assertThat(v).isEqualTo(Verdict.allow(set.version()));
    }

    @Test
    void expiredRulesDoNotFireButDidBefore() {
        var input = Inputs.post("x").score("spam", 0.2).build();
        assertThat(set.evaluate(input, Packs.NOW).matched()).isEmpty();
        assertThat(set.evaluate(input, Instant.parse("2026-05-31T23:00:00Z")).action())
                .isEqualTo(Action.SUSPEND_ACCOUNT);
    }

    @Test
    void aFailingRuleIsIsolatedAndCounted() {
        RuleSet s =
                Packs.load(
                        Packs.rules(
                                """
                                  - id: fails.without_age
                                    description: Reads an absent optional field.
                                    when: author.age_days < 7
                                    action: remove
                                    severity: high
                                  - id: works
                                    description: Still decides.
                                    when: scores.spam > 0.5
                                    action: flag
                                    severity: low
                                """));
        Verdict v = s.evaluate(Inputs.post("x").score("spam", 0.9).build(), Packs.NOW);
        s.evaluate(Inputs.post("y").score("spam", 0.9).build(), Packs.NOW);
        assertThat(v.action()).isEqualTo(Action.FLAG);
        assertThat(v.matched()).extracting(RuleMatch::ruleId).containsExactly("works");
        assertThat(s.ruleErrors())
                .containsEntry("fails.without_age", 2L)
                .containsEntry("works", 0L);
        assertThat(s.ruleHits()).containsEntry("works", 2L);
        // With the field present the same rule works.
        Verdict young = s.evaluate(Inputs.post("z").ageDays(2).build(), Packs.NOW);
        assertThat(young.action()).isEqualTo(Action.REMOVE);
    }

    @Test
    void versionIsTheSourceHash() {
        RuleSet again = Packs.load(Packs.rules(RULES));
        RuleSet other = Packs.load(Packs.rules(RULES.replace("0.5", "0.55")));
        assertThat(again.version()).isEqualTo(set.version());
        assertThat(other.version()).isNotEqualTo(set.version());
        assertThat(set.source().version()).isEqualTo(set.version());
    }

    @Test
    void readsEveryVariable() {
        RuleSet s =
                Packs.load(
                        Packs.rules(
                                """
                                  - id: all.vars
                                    description: Every variable at once.
                                    when: |
                                      post.lang == 'ar' && 'x.example' in post.domains
                                        && post.hashtags[0] == 'tag' && post.mentions.size() == 1
                                        && post.created_at > timestamp('2026-01-01T00:00:00Z')
                                        && !post.is_reply && !post.is_repost
                                        && author.id == 'a-9' && author.followers == 3
                                        && !has(author.following) && !author.verified
                                        && author.prior_actions == 2
                                        && scores.hate == 0.0 && scores.threat > 0.4
                                        && counters.author_posts_1h == 5
                                        && campaign.id == 'c' && campaign.size == 7
                                        && campaign.score > 0.5
                                    action: flag
                                    severity: low
                                """));
        var in =
                Inputs.post("hi")
                        .lang("ar")
                        .urls("https://www.X.example/p")
                        .hashtags("tag")
                        .mentions("bob")
                        .author("a-9")
                        .followers(3)
                        .priorActions(2)
                        .score("threat", 0.5)
                        .counters(Map.of("author_posts_1h", 5L))
                        .campaign("c", 7, 0.6)
                        .build();
        assertThat(s.evaluate(in, Packs.NOW).action()).isEqualTo(Action.FLAG);
        assertThat(s.ruleErrors()).containsEntry("all.vars", 0L);
    }
}
