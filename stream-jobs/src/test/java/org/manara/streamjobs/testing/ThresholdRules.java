package org.manara.streamjobs.testing;

import java.time.Clock;
import java.util.Map;
import org.manara.rules.actions.InMemoryCapLedger;
import org.manara.rules.engine.RuleEngine;
import org.manara.rules.engine.RuleSetLoader;
import org.manara.rules.engine.TextNormalizer;
import org.manara.rules.format.RuleSource;

/**
 * A small rule set for pipeline tests: spam at or above 0.5 is flagged, an author with 5 or more
 * posts in an hour is labelled, with the counter those rules read.
 */
public final class ThresholdRules {

    public static final RuleSource SOURCE =
            RuleSource.of(
                    Map.of(
                            "labels.yaml",
                            """
                            labels:
                              - {name: spam, description: Spam., severity: medium}
                              - {name: burst, description: Posting bursts., severity: low}
                            """,
                            "counters.yaml",
                            """
                            counters:
                              - name: author_posts_1h
                                description: Posts by this author in the last hour.
                                key: author
                                window: 1h
                            """,
                            "policies/p.yaml",
                            """
                            rules:
                              - id: spam.high
                                description: Spammy.
                                when: scores.spam >= 0.5
                                action: flag
                                labels: [spam]
                                severity: medium
                              - id: author.burst
                                description: Five or more posts in an hour.
                                when: counters.author_posts_1h >= 5
                                action: label
                                labels: [burst]
                                severity: low
                            """));

    /** A fresh engine over {@link #SOURCE}; serialisable as a method reference. */
    public static RuleEngine engine() {
        RuleSetLoader loader = new RuleSetLoader(TextNormalizer.basic(), Clock.systemUTC());
        return new RuleEngine(loader, loader.load(SOURCE).orThrow(), new InMemoryCapLedger());
    }

    private ThresholdRules() {}
}
