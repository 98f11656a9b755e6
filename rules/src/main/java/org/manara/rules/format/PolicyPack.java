package org.manara.rules.format;

import java.util.List;
import org.manara.rules.actions.Caps;
import org.manara.rules.counters.CounterSpec;

/**
 * Everything a rules directory declares, parsed and checked for structure (but not yet compiled):
 * labels, counters, caps, named sets and rules, plus the source it came from.
 */
public record PolicyPack(
        RuleSource source,
        List<LabelDefinition> labels,
        List<CounterSpec> counters,
        Caps caps,
        List<SetDefinition> sets,
        List<RuleDefinition> rules) {

    public PolicyPack {
        labels = List.copyOf(labels);
        counters = List.copyOf(counters);
        sets = List.copyOf(sets);
        rules = List.copyOf(rules);
    }
}
