package org.manara.cli.rules;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.manara.rules.engine.LoadResult;
import org.manara.rules.engine.RuleTestResult;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.RuleDefinition;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code manara rules test [DIR]}: runs every embedded test and reports pass or fail per rule;
 * exits 1 when a test fails or the directory has errors.
 */
@Command(
        name = "test",
        mixinStandardHelpOptions = true,
        description = "Run the embedded tests of every rule (default: the built-in pack).")
public final class RulesTestCommand implements Callable<Integer> {

    @Parameters(
            arity = "0..1",
            paramLabel = "DIR",
            description = "Rules directory (labels.yaml, counters.yaml, policies/, sets/).")
    Path dir;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        LoadResult result = RulesDirectory.load(dir);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Diagnostic> problems = result.errorsBesidesTests();
        for (Diagnostic d : problems) {
            err.println(d.format());
        }
        var byRule = result.tests().byRule();
        int rules = 0;
        int failedRules = 0;
        for (RuleDefinition rule : result.definedRules()) {
            List<RuleTestResult> tests = byRule.getOrDefault(rule.id(), List.of());
            rules++;
            if (tests.isEmpty()) {
                out.println("SKIP " + rule.id() + " (no tests)");
                continue;
            }
            long failed = tests.stream().filter(t -> !t.passed()).count();
            if (failed == 0) {
                out.println("PASS " + rule.id() + " (" + plural(tests.size(), "test") + ")");
                continue;
            }
            failedRules++;
            out.println("FAIL " + rule.id() + " (" + failed + " of " + tests.size() + " failed)");
            for (RuleTestResult t : tests) {
                if (!t.passed()) {
                    out.println(
                            "  "
                                    + t.at().file()
                                    + ":"
                                    + t.at().line()
                                    + ":"
                                    + t.at().column()
                                    + ": test '"
                                    + t.testName()
                                    + "': "
                                    + t.detail());
                }
            }
        }
        long passed = result.tests().passed();
        long failed = result.tests().failed();
        out.println(
                plural(rules, "rule")
                        + ", "
                        + plural(result.tests().results().size(), "test")
                        + ": "
                        + passed
                        + " passed, "
                        + failed
                        + " failed"
                        + (failedRules > 0 ? " in " + plural(failedRules, "rule") : ""));
        out.flush();
        err.flush();
        return failed > 0 || !problems.isEmpty() ? 1 : 0;
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
