package org.manara.rules.format;

import java.util.List;
import org.manara.model.Action;

/**
 * One embedded test of a rule: an input and what the rule alone must do with it. {@code
 * expectedAction} null means the rule must not match; {@code expectedLabels} null means the labels
 * are not checked.
 */
public record RuleTest(
        String name,
        TestValues input,
        Action expectedAction,
        List<String> expectedLabels,
        SourceRef at) {

    public RuleTest {
        expectedLabels = expectedLabels == null ? null : List.copyOf(expectedLabels);
    }
}
