package org.manara.rules;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.manara.rules.engine.RuleSet;
import org.manara.rules.engine.RuleSetLoader;
import org.manara.rules.engine.TextNormalizer;
import org.manara.rules.format.RuleSource;

/** Small rule sources for tests: a label vocabulary and counters, plus the files a test adds. */
public final class Packs {
    public static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    public static final String LABELS =
            """
            labels:
              - name: spam
                description: Spam.
                severity: medium
              - name: scam
                description: Scams.
                severity: high
              - name: abuse
                description: Abuse.
                severity: high
            """;

    public static final String COUNTERS =
            """
            counters:
              - name: author_posts_1h
                description: Posts by the author in the last hour.
                key: author
                window: 1h
            """;

    /** A source with the shared labels and counters and the given path/content pairs. */
    public static RuleSource source(String... pathsAndContents) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("labels.yaml", LABELS);
        files.put("counters.yaml", COUNTERS);
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1]);
        }
        return RuleSource.of(files);
    }

    /** A source with one policy file holding {@code rulesYaml} (a YAML list of rules). */
    public static RuleSource rules(String rulesYaml) {
        return source("policies/test.yaml", "rules:\n" + rulesYaml.stripIndent());
    }

    public static RuleSetLoader loader() {
        return loader(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static RuleSetLoader loader(Clock clock) {
        return new RuleSetLoader(TextNormalizer.basic(), clock);
    }

    public static RuleSet load(RuleSource source) {
        return loader().load(source).orThrow();
    }

    private Packs() {}
}
