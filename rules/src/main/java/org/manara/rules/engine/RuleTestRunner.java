package org.manara.rules.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.manara.model.Action;
import org.manara.rules.engine.internal.CompiledRule;
import org.manara.rules.engine.internal.Variables;
import org.manara.rules.format.RuleDefinition;
import org.manara.rules.format.RuleTest;

/**
 * Runs the embedded tests of a rule set. Each test evaluates its rule alone (other rules, shadow
 * mode, expiry and caps play no part), so a test keeps passing as the pack grows and as the rule
 * moves from shadow to enforcement: it pins what the rule itself matches.
 */
public final class RuleTestRunner {

    public static RuleTestReport run(RuleSet set) {
        List<RuleTestResult> out = new ArrayList<>();
        for (RuleDefinition rule : set.rules()) {
            CompiledRule compiled = set.compiled(rule.id());
            for (RuleTest test : rule.tests()) {
                out.add(run(set, compiled, rule, test));
            }
        }
        return new RuleTestReport(out);
    }

    static RuleTestResult run(
            RuleSet set, CompiledRule compiled, RuleDefinition rule, RuleTest test) {
        RuleInput input = TestInputs.toInput(test.input(), set.normalizer());
        boolean matched;
        try {
            matched = compiled.matchesOrThrow(new Variables(input, set.counterNames()));
        } catch (Exception e) {
            return new RuleTestResult(
                    rule.id(),
                    test.name(),
                    test.at(),
                    false,
                    "the rule failed at run time: " + e.getMessage());
        }
        Action actual = matched ? rule.action() : null;
        List<String> actualLabels = matched ? rule.labels() : List.of();
        boolean ok =
                actual == test.expectedAction()
                        && (test.expectedLabels() == null
                                || sameLabels(test.expectedLabels(), actualLabels));
        String detail =
                ok
                        ? ""
                        : "expected "
                                + describe(test.expectedAction(), test.expectedLabels())
                                + ", got "
                                + describe(
                                        actual,
                                        test.expectedLabels() == null ? null : actualLabels);
        return new RuleTestResult(rule.id(), test.name(), test.at(), ok, detail);
    }

    private static boolean sameLabels(List<String> a, List<String> b) {
        Set<String> x = new HashSet<>(a);
        return x.size() == a.size() && x.equals(new HashSet<>(b));
    }

    private static String describe(Action action, List<String> labels) {
        if (action == null) {
            return "no match";
        }
        return action.key() + (labels == null ? "" : " with labels " + labels);
    }

    private RuleTestRunner() {}
}
