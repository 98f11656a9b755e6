package org.manara.rules.engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.PolicyPack;
import org.manara.rules.format.RuleDefinition;

/**
 * What loading a rule set found: the set when it is valid (no error, every embedded test passing),
 * what the files declare (read even when invalid), every diagnostic in file order and the embedded
 * test results.
 */
public record LoadResult(
        RuleSet ruleSet, PolicyPack pack, List<Diagnostic> diagnostics, RuleTestReport tests) {

    public LoadResult {
        diagnostics = diagnostics.stream().sorted(Diagnostic.ORDER).toList();
    }

    public boolean ok() {
        return ruleSet != null;
    }

    public Optional<RuleSet> valid() {
        return Optional.ofNullable(ruleSet);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public List<Diagnostic> warnings() {
        return diagnostics.stream().filter(d -> !d.isError()).toList();
    }

    /** The errors other than failing embedded tests (which {@link #tests()} reports). */
    public List<Diagnostic> errorsBesidesTests() {
        Set<Diagnostic> failures =
                tests.results().stream()
                        .filter(r -> !r.passed())
                        .map(LoadResult::testFailure)
                        .collect(Collectors.toSet());
        return errors().stream().filter(d -> !failures.contains(d)).toList();
    }

    /** The rules the files define, including those that did not compile. */
    public List<RuleDefinition> definedRules() {
        return pack.rules();
    }

    /** {@code N rules, M sets, K counters}: the counts the validate summary line prints. */
    public String counts() {
        return pack.rules().size()
                + " rules, "
                + pack.sets().size()
                + " sets, "
                + pack.counters().size()
                + " counters";
    }

    /** The set, or an exception listing every error. */
    public RuleSet orThrow() {
        if (ruleSet == null) {
            throw new RuleSetException(errors());
        }
        return ruleSet;
    }

    /** The error a failing embedded test makes, at the test. */
    static Diagnostic testFailure(RuleTestResult r) {
        return r.at().error(
                        "test '"
                                + r.testName()
                                + "' of rule '"
                                + r.ruleId()
                                + "' failed: "
                                + r.detail());
    }
}
