package org.manara.rules.engine.internal;

import java.util.List;
import org.manara.model.Category;
import org.manara.rules.engine.RuleInput;

/**
 * One input as the prefilters read it, built once per evaluation: the scores by category ordinal
 * and the counters by their index in the rule set, so that fifty rules reading them do not each
 * hash a field name.
 */
public final class InputView {
    private static final Category[] CATEGORIES = Category.values();

    final RuleInput input;
    final double[] scores = new double[CATEGORIES.length];
    final long[] counters;

    public InputView(RuleInput input, List<String> counterNames) {
        this.input = input;
        for (Category c : CATEGORIES) {
            Double v = input.scores().get(c.key());
            scores[c.ordinal()] = v == null ? 0.0 : v;
        }
        counters = new long[counterNames.size()];
        for (int i = 0; i < counters.length; i++) {
            Long v = input.counters().get(counterNames.get(i));
            counters[i] = v == null ? 0L : v;
        }
    }

    public RuleInput input() {
        return input;
    }
}
