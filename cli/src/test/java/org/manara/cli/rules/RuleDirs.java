package org.manara.cli.rules;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small rule directories for the publish tests. */
final class RuleDirs {
    private RuleDirs() {}

    static final String VALID_RULE =
            """
            rules:
              - id: spam.score
                description: Spammy.
                when: scores.spam > 0.5
                action: flag
                labels: [spam]
                severity: low
            """;

    static final String INVALID_RULE = VALID_RULE.replace("scores.spam", "post.txt");

    static Path rulesDir(Path root, String policy) throws Exception {
        Files.writeString(
                root.resolve("labels.yaml"),
                """
                labels:
                  - name: spam
                    description: Spam.
                    severity: medium
                """,
                StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("policies"));
        Files.writeString(root.resolve("policies/spam.yaml"), policy, StandardCharsets.UTF_8);
        return root;
    }
}
