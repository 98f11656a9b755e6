package org.manara.cli.rules;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.manara.cli.ManaraCli;
import picocli.CommandLine;

/** Runs {@code manara} in-process for the publish tests, and writes small rule directories. */
record PublishRun(int exit, String out, String err) {
    static PublishRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = ManaraCli.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new PublishRun(exit, out.toString(), err.toString());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

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
