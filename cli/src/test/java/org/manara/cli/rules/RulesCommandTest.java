package org.manara.cli.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manara.cli.ManaraCli;
import picocli.CommandLine;

class RulesCommandTest {

    private record Run(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private static Run run(String... args) {
        CommandLine cl = ManaraCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static final String LABELS =
            """
            labels:
              - name: spam
                description: Spam.
                severity: medium
            """;

    private static Path dir(Path root, String policy) throws Exception {
        Files.writeString(root.resolve("labels.yaml"), LABELS, StandardCharsets.UTF_8);
        Files.createDirectories(root.resolve("policies"));
        Files.writeString(root.resolve("policies/spam.yaml"), policy, StandardCharsets.UTF_8);
        return root;
    }

    @Test
    void validateTheDefaultPackPrintsOneSummaryLine() {
        Run r = run("rules", "validate");
        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).hasSize(1);
        assertThat(r.outLines().get(0)).matches("\\d+ rules, \\d+ sets, \\d+ counters: OK");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void validateReportsEveryErrorWithFileAndLineAndExitsNonZero(@TempDir Path tmp)
            throws Exception {
        Path d =
                dir(
                        tmp,
                        """
                        rules:
                          - id: spam.one
                            description: A typo in a field and one in the expression.
                            whne: x
                            when: post.txt == 'x'
                            action: flag
                            severity: low
                        """);
        Run r = run("rules", "validate", d.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines())
                .containsExactly(
                        "policies/spam.yaml:2:5: warning: rule 'spam.one' has no tests",
                        "policies/spam.yaml:4:5: error: unknown field 'whne' in rule 'spam.one';"
                                + " did you mean 'when'?",
                        "policies/spam.yaml:5:16: error: rule 'spam.one': CEL type error: post has"
                                + " no field 'txt'; did you mean 'text'?",
                        "1 rules, 0 sets, 0 counters: 2 errors");
    }

    @Test
    void warningsGoToStandardErrorAndDoNotFailValidation(@TempDir Path tmp) throws Exception {
        Path d =
                dir(
                        tmp,
                        """
                        rules:
                          - id: spam.one
                            description: Untested.
                            when: scores.spam > 0.5
                            action: flag
                            severity: low
                        """);
        Run r = run("rules", "validate", d.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.outLines()).containsExactly("1 rules, 0 sets, 0 counters: OK");
        assertThat(r.errLines())
                .containsExactly("policies/spam.yaml:2:5: warning: rule 'spam.one' has no tests");
    }

    @Test
    void aMissingDirectoryIsAOneLineUserError(@TempDir Path tmp) {
        Run r = run("rules", "validate", tmp.resolve("nope").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.errLines()).containsExactly("manara: not a directory: " + tmp.resolve("nope"));
    }

    @Test
    void aDirectoryWithoutRuleFilesIsAUserError(@TempDir Path tmp) {
        Run r = run("rules", "test", tmp.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).startsWith("manara: no rule files in " + tmp);
    }

    @Test
    void testTheDefaultPackPassesEveryRule() {
        Run r = run("rules", "test");
        assertThat(r.exit()).isZero();
        List<String> lines = r.outLines();
        assertThat(lines.subList(0, lines.size() - 1)).allMatch(l -> l.startsWith("PASS "));
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(30);
        assertThat(lines.get(lines.size() - 1))
                .matches("\\d+ rules, \\d+ tests: \\d+ passed, 0 failed");
    }

    @Test
    void testReportsPassAndFailPerRule(@TempDir Path tmp) throws Exception {
        Path d =
                dir(
                        tmp,
                        """
                        rules:
                          - id: spam.good
                            description: Works.
                            when: scores.spam > 0.5
                            action: flag
                            labels: [spam]
                            severity: low
                            tests:
                              - name: match
                                post: {text: x}
                                scores: {spam: 0.9}
                                expect: {action: flag, labels: [spam]}
                          - id: spam.bad
                            description: Its near miss is wrong.
                            when: scores.spam > 0.5
                            action: remove
                            severity: high
                            tests:
                              - name: match
                                post: {text: x}
                                scores: {spam: 0.9}
                                expect: {action: remove}
                              - name: near miss
                                post: {text: x}
                                scores: {spam: 0.6}
                                expect: {action: none}
                          - id: spam.untested
                            description: No tests.
                            when: scores.spam > 0.99
                            action: flag
                            severity: low
                        """);
        Run r = run("rules", "test", d.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.outLines())
                .containsExactly(
                        "PASS spam.good (1 test)",
                        "FAIL spam.bad (1 of 2 failed)",
                        "  policies/spam.yaml:23:9: test 'near miss': expected no match, got remove",
                        "SKIP spam.untested (no tests)",
                        "3 rules, 3 tests: 2 passed, 1 failed in 1 rule");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void testPrintsOtherErrorsAndFails(@TempDir Path tmp) throws Exception {
        Path d =
                dir(
                        tmp,
                        """
                        rules:
                          - id: spam.broken
                            description: Does not compile.
                            when: scores.spam >
                            action: flag
                            severity: low
                        """);
        Run r = run("rules", "test", d.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0))
                .startsWith(
                        "policies/spam.yaml:4:24: error: rule 'spam.broken': CEL syntax error:");
        assertThat(r.outLines())
                .containsExactly(
                        "SKIP spam.broken (no tests)", "1 rule, 0 tests: 0 passed, 0 failed");
    }
}
