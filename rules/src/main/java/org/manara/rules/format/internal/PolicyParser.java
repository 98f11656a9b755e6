package org.manara.rules.format.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.manara.rules.format.RuleDefinition;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** A policy file: {@code description} (optional) and {@code rules}, a list of rules. */
final class PolicyParser {

    static List<RuleDefinition> parse(YamlFile file, Set<String> labels, Set<String> counters) {
        List<RuleDefinition> out = new ArrayList<>();
        if (file.root() == null) {
            if (!file.failed()) {
                file.warning(null, "policy file is empty");
            }
            return out;
        }
        Fields top = Fields.read(file, file.root(), "policy file", List.of("description", "rules"));
        top.string("description");
        if (!top.require("rules")) {
            return out;
        }
        if (!(top.get("rules") instanceof SequenceNode seq)) {
            file.error(top.get("rules"), "field 'rules' must be a list of rules");
            return out;
        }
        RuleParser rules = new RuleParser(file, labels, counters);
        for (Node n : seq.getValue()) {
            rules.parse(n).ifPresent(out::add);
        }
        return out;
    }

    private PolicyParser() {}
}
