package org.manara.rules.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.manara.rules.actions.Caps;
import org.manara.rules.counters.CounterSpec;
import org.manara.rules.format.internal.PackFiles;

/**
 * Reads a {@link RuleSource} into a {@link PolicyPack}, reporting every structural problem (YAML
 * syntax, unknown or missing fields, wrong types, duplicate ids, unknown labels and counters) with
 * its file, line and column. CEL expressions are compiled later, by the engine. The pack is
 * returned even when there are errors, holding what could be read, so that the engine can report
 * the expression errors of the remaining rules in the same run.
 */
public final class PolicyPackReader {

    /** The pack and the problems found reading it. */
    public record Result(PolicyPack pack, List<Diagnostic> diagnostics) {
        public Result {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    public static Result read(RuleSource source) {
        List<Diagnostic> diags = new ArrayList<>();
        if (source.files().isEmpty()) {
            diags.add(
                    Diagnostic.error(
                            "",
                            0,
                            0,
                            "no rule files found (expected labels.yaml, counters.yaml, caps.yaml,"
                                    + " policies/ and sets/)"));
            return new Result(
                    new PolicyPack(source, List.of(), List.of(), Caps.none(), List.of(), List.of()),
                    diags);
        }
        PackFiles files = new PackFiles(source, diags);
        List<LabelDefinition> labels = files.labels();
        List<CounterSpec> counters = files.counters();
        Caps caps = files.caps();
        List<SetDefinition> sets = uniqueSets(files.sets(), diags);
        Set<String> labelNames =
                labels.stream().map(LabelDefinition::name).collect(Collectors.toSet());
        Set<String> counterNames =
                counters.stream().map(CounterSpec::name).collect(Collectors.toSet());
        List<RuleDefinition> rules = uniqueRules(files.rules(labelNames, counterNames), diags);
        return new Result(new PolicyPack(source, labels, counters, caps, sets, rules), diags);
    }

    private static List<SetDefinition> uniqueSets(
            List<SetDefinition> sets, List<Diagnostic> diags) {
        Map<String, SetDefinition> seen = new HashMap<>();
        List<SetDefinition> out = new ArrayList<>();
        for (SetDefinition s : sets) {
            SetDefinition first = seen.putIfAbsent(s.name(), s);
            if (first != null) {
                diags.add(
                        s.at().error(
                                        "duplicate set name '"
                                                + s.name()
                                                + "' (also "
                                                + first.at().file()
                                                + ")"));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static List<RuleDefinition> uniqueRules(
            List<RuleDefinition> rules, List<Diagnostic> diags) {
        Map<String, RuleDefinition> seen = new HashMap<>();
        List<RuleDefinition> out = new ArrayList<>();
        for (RuleDefinition r : rules) {
            RuleDefinition first = seen.putIfAbsent(r.id(), r);
            if (first != null) {
                diags.add(
                        r.at().error(
                                        "duplicate rule id '"
                                                + r.id()
                                                + "' (first defined at "
                                                + first.at().file()
                                                + ":"
                                                + first.at().line()
                                                + ")"));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private PolicyPackReader() {}
}
