package org.manara.streamjobs.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.manara.rules.actions.CapLedger;
import org.manara.rules.actions.InMemoryCapLedger;
import org.manara.rules.engine.RuleEngine;
import org.manara.rules.engine.RuleSetLoader;
import org.manara.rules.engine.TextNormalizer;
import org.manara.rules.format.RuleSource;

/** Small rule sets for the rules operator's tests, and engines over them. */
final class TestRuleSets {
    static final Instant NOW = Instant.parse("2026-03-02T00:00:00Z");

    private static final String LABELS =
            """
            labels:
              - {name: spam, description: Spam., severity: medium}
              - {name: burst, description: Posting bursts., severity: low}
              - {name: arabic, description: Arabic text., severity: low}
            """;

    private static final String COUNTERS =
            """
            counters:
              - name: author_posts_1h
                description: Posts by this author in the last hour.
                key: author
                window: 1h
            """;

    private static final String RULES =
            """
            rules:
              - id: spam.score
                description: Spammy.
                when: scores.spam >= 0.5
                action: %s
                labels: [spam]
                severity: low
              - id: text.phrase
                description: The normalised text has the phrase.
                when: post.normalized_text.contains('buy now')
                action: label
                labels: [spam]
                severity: low
              - id: author.burst
                description: Many posts in an hour.
                when: counters.author_posts_1h >= 10
                action: flag
                labels: [burst]
                severity: low
              - id: lang.arabic
                description: Arabic posts.
                when: post.lang == 'ar'
                action: label
                labels: [arabic]
                severity: low
            """;

    /** The set a task starts with: spammy posts are flagged. */
    static final RuleSource FLAGGING = set("flag");

    /** The published update: spammy posts are removed. */
    static final RuleSource REMOVING = set("remove");

    /** An update with a CEL type error. */
    static final RuleSource BROKEN =
            RuleSource.of(
                    Map.of(
                            "labels.yaml",
                            LABELS,
                            "policies/p.yaml",
                            """
                            rules:
                              - id: spam.typo
                                description: Misspelt field.
                                when: post.txt == 'x'
                                action: flag
                                labels: [spam]
                                severity: low
                            """));

    static RuleSource set(String spamAction) {
        return RuleSource.of(
                Map.of(
                        "labels.yaml",
                        LABELS,
                        "counters.yaml",
                        COUNTERS,
                        "policies/p.yaml",
                        RULES.formatted(spamAction)));
    }

    static RuleEngine engine(RuleSource source) {
        return engine(source, new InMemoryCapLedger());
    }

    static RuleEngine engine(RuleSource source, CapLedger ledger) {
        RuleSetLoader loader =
                new RuleSetLoader(TextNormalizer.basic(), Clock.fixed(NOW, ZoneOffset.UTC));
        return new RuleEngine(loader, loader.load(source).orThrow(), ledger);
    }

    static RuleSetMessage message(RuleSource source) {
        return RuleSetMessage.of(source, "tester@test", NOW);
    }

    private TestRuleSets() {}
}
