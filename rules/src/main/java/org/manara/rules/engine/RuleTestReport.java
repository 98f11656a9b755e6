package org.manara.rules.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every embedded test result of a rule set, grouped by rule in file order. */
public record RuleTestReport(List<RuleTestResult> results) {

    public RuleTestReport {
        results = List.copyOf(results);
    }

    public long passed() {
        return results.stream().filter(RuleTestResult::passed).count();
    }

    public long failed() {
        return results.size() - passed();
    }

    public boolean allPassed() {
        return failed() == 0;
    }

    public Map<String, List<RuleTestResult>> byRule() {
        Map<String, List<RuleTestResult>> out = new LinkedHashMap<>();
        for (RuleTestResult r : results) {
            out.computeIfAbsent(r.ruleId(), k -> new java.util.ArrayList<>()).add(r);
        }
        return out;
    }
}
