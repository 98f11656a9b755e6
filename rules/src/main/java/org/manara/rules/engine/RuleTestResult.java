package org.manara.rules.engine;

import org.manara.rules.format.SourceRef;

/**
 * The outcome of one embedded test: whether the rule did what the test expected, and if not, what
 * it expected and what happened.
 */
public record RuleTestResult(
        String ruleId, String testName, SourceRef at, boolean passed, String detail) {

    /** One line: {@code PASS rule / test} or {@code FAIL rule / test: detail}. */
    public String describe() {
        return (passed ? "PASS " : "FAIL ")
                + ruleId
                + " / "
                + testName
                + (passed ? "" : ": " + detail);
    }
}
