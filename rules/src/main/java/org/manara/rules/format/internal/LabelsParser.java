package org.manara.rules.format.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.manara.rules.format.LabelDefinition;
import org.manara.rules.format.Severity;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** {@code labels.yaml}: {@code labels:} a list of {name, description, severity}. */
final class LabelsParser {

    static List<LabelDefinition> parse(YamlFile file) {
        List<LabelDefinition> out = new ArrayList<>();
        if (file.root() == null) {
            return out;
        }
        Fields top = Fields.read(file, file.root(), "labels.yaml", List.of("labels"));
        if (!top.require("labels")) {
            return out;
        }
        if (!(top.get("labels") instanceof SequenceNode seq)) {
            file.error(top.get("labels"), "field 'labels' must be a list of labels");
            return out;
        }
        Map<String, LabelDefinition> seen = new HashMap<>();
        for (Node item : seq.getValue()) {
            Fields f = Fields.read(file, item, "label", List.of("name", "description", "severity"));
            f.require("name", "description", "severity");
            var name = f.string("name");
            var description = f.string("description");
            var severityText = f.string("severity");
            Severity severity = null;
            if (severityText.isPresent()) {
                severity = Severity.parse(severityText.get()).orElse(null);
                if (severity == null) {
                    file.error(
                            f.get("severity"),
                            "unknown severity '"
                                    + severityText.get()
                                    + "' (allowed: low, medium, high, critical)");
                }
            }
            if (name.isEmpty()) {
                continue;
            }
            if (!Names.SIMPLE.matcher(name.get()).matches()) {
                file.error(
                        f.get("name"), "label name '" + name.get() + "' must be lower_snake_case");
                continue;
            }
            if (seen.containsKey(name.get())) {
                file.error(
                        f.get("name"),
                        "duplicate label '"
                                + name.get()
                                + "' (first defined at line "
                                + seen.get(name.get()).at().line()
                                + ")");
                continue;
            }
            if (description.isPresent() && severity != null) {
                LabelDefinition l =
                        new LabelDefinition(name.get(), description.get(), severity, file.at(item));
                seen.put(l.name(), l);
                out.add(l);
            }
        }
        return out;
    }

    private LabelsParser() {}
}
