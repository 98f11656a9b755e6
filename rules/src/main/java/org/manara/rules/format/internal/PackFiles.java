package org.manara.rules.format.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.manara.rules.actions.Caps;
import org.manara.rules.counters.CounterSpec;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.LabelDefinition;
import org.manara.rules.format.RuleDefinition;
import org.manara.rules.format.RuleSource;
import org.manara.rules.format.SetDefinition;

/** Sorts the files of a source by role and hands each to its parser. */
public final class PackFiles {
    private final RuleSource source;
    private final List<Diagnostic> diags;

    public PackFiles(RuleSource source, List<Diagnostic> diags) {
        this.source = source;
        this.diags = diags;
        for (String path : source.files().keySet()) {
            boolean known =
                    RuleSource.TOP_LEVEL_FILES.contains(path)
                            || path.startsWith("policies/")
                            || path.startsWith("sets/");
            if (!known) {
                diags.add(
                        Diagnostic.error(
                                path,
                                0,
                                0,
                                "unexpected file (a rules directory holds labels.yaml,"
                                        + " counters.yaml, caps.yaml, policies/ and sets/)"));
            } else if (path.startsWith("policies/") && !isYaml(path)) {
                diags.add(Diagnostic.error(path, 0, 0, "policy files must end in .yaml or .yml"));
            }
        }
    }

    public List<LabelDefinition> labels() {
        String text = source.files().get("labels.yaml");
        return text == null
                ? List.of()
                : LabelsParser.parse(new YamlFile("labels.yaml", text, diags));
    }

    public List<CounterSpec> counters() {
        String text = source.files().get("counters.yaml");
        return text == null
                ? List.of()
                : CountersParser.parse(new YamlFile("counters.yaml", text, diags));
    }

    public Caps caps() {
        String text = source.files().get("caps.yaml");
        return text == null
                ? Caps.none()
                : CapsParser.parse(new YamlFile("caps.yaml", text, diags));
    }

    public List<SetDefinition> sets() {
        List<SetDefinition> out = new ArrayList<>();
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            if (e.getKey().startsWith("sets/")) {
                SetsParser.parse(e.getKey(), e.getValue(), diags).ifPresent(out::add);
            }
        }
        return out;
    }

    public List<RuleDefinition> rules(Set<String> labels, Set<String> counters) {
        List<RuleDefinition> out = new ArrayList<>();
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            if (e.getKey().startsWith("policies/") && isYaml(e.getKey())) {
                YamlFile file = new YamlFile(e.getKey(), e.getValue(), diags);
                out.addAll(PolicyParser.parse(file, labels, counters));
            }
        }
        return out;
    }

    private static boolean isYaml(String path) {
        return path.endsWith(".yaml") || path.endsWith(".yml");
    }
}
