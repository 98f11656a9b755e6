package org.manara.rules.format;

import java.time.Instant;
import java.util.List;
import org.manara.model.Action;
import org.manara.rules.actions.CapLimit;

/**
 * One rule as written in a policy file. {@code expires} and {@code cap} are null when absent.
 * {@code at} is where the rule starts; {@code whenMap} locates each char of {@code when}.
 */
public record RuleDefinition(
        String id,
        String description,
        String when,
        Action action,
        List<String> labels,
        Severity severity,
        int priority,
        Mode mode,
        Instant expires,
        CapLimit cap,
        List<RuleTest> tests,
        SourceRef at,
        ExpressionMap whenMap) {

    public RuleDefinition {
        labels = List.copyOf(labels);
        tests = List.copyOf(tests);
    }

    public boolean isShadow() {
        return mode == Mode.SHADOW;
    }

    /** Whether the rule has expired at {@code now}: it then no longer fires. */
    public boolean expiredAt(Instant now) {
        return expires != null && expires.isBefore(now);
    }
}
