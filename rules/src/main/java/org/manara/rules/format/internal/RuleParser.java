package org.manara.rules.format.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.manara.model.Action;
import org.manara.rules.actions.CapLimit;
import org.manara.rules.actions.Caps;
import org.manara.rules.format.ExpressionMap;
import org.manara.rules.format.Mode;
import org.manara.rules.format.RuleDefinition;
import org.manara.rules.format.RuleTest;
import org.manara.rules.format.Severity;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** One rule of a policy file. */
final class RuleParser {
    static final List<String> FIELDS =
            List.of(
                    "id",
                    "description",
                    "when",
                    "action",
                    "labels",
                    "severity",
                    "priority",
                    "mode",
                    "expires",
                    "cap",
                    "tests");

    static final String ACTIONS =
            Arrays.stream(Action.values()).map(Action::key).collect(Collectors.joining(", "));

    private final YamlFile file;
    private final Set<String> labels;
    private final TestParser tests;

    RuleParser(YamlFile file, Set<String> labels, Set<String> counters) {
        this.file = file;
        this.labels = labels;
        this.tests = new TestParser(file, counters);
    }

    static Optional<Action> action(String key) {
        for (Action a : Action.values()) {
            if (a.key().equals(key)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    Optional<RuleDefinition> parse(Node node) {
        if (!(node instanceof MappingNode)) {
            file.error(node, "each rule must be a mapping of fields (id, description, when, ...)");
            return Optional.empty();
        }
        String id = peekId(node);
        String what = id == null ? "rule" : "rule '" + id + "'";
        Fields f = Fields.read(file, node, what, FIELDS);
        boolean ok = f.require("id", "description", "when", "action", "severity");
        Optional<String> rawId = f.string("id");
        if (rawId.isPresent() && !Names.RULE_ID.matcher(rawId.get()).matches()) {
            file.error(
                    f.get("id"),
                    "rule id '"
                            + rawId.get()
                            + "' must be dot-separated lower_snake_case, e.g. spam.link_farm");
            ok = false;
        }
        Optional<String> description = f.string("description");
        String when = null;
        ExpressionMap whenMap = null;
        if (f.has("when")) {
            if (f.get("when") instanceof ScalarNode s && !f.string("when").orElse("").isBlank()) {
                when = s.getValue();
                whenMap = file.expressionMap(s);
            } else {
                file.error(f.get("when"), "field 'when' must be a CEL expression");
                ok = false;
            }
        }
        Action action = null;
        Optional<String> actionText = f.string("action");
        if (actionText.isPresent()) {
            action = action(actionText.get()).orElse(null);
            if (action == null) {
                file.error(
                        f.get("action"),
                        "unknown action '" + actionText.get() + "' (allowed: " + ACTIONS + ")");
                ok = false;
            }
        }
        List<String> ruleLabels = f.has("labels") ? labels(f) : List.of();
        if (ruleLabels == null) {
            ok = false;
            ruleLabels = List.of();
        }
        boolean labelsGiven = f.has("labels") && !(f.get("labels") instanceof ScalarNode);
        if (action == Action.LABEL
                && (!labelsGiven
                        || f.get("labels") instanceof SequenceNode s && s.getValue().isEmpty())) {
            file.error(f.get("action"), "action 'label' needs at least one label in 'labels'");
            ok = false;
        }
        Severity severity = null;
        Optional<String> severityText = f.string("severity");
        if (severityText.isPresent()) {
            severity = Severity.parse(severityText.get()).orElse(null);
            if (severity == null) {
                file.error(
                        f.get("severity"),
                        "unknown severity '"
                                + severityText.get()
                                + "' (allowed: low, medium, high, critical)");
                ok = false;
            }
        }
        long priority = 0;
        if (f.has("priority")) {
            Optional<Long> p = f.integer("priority");
            ok &= p.isPresent();
            priority = p.orElse(0L);
            if (Math.abs(priority) > 1_000_000) {
                file.error(f.get("priority"), "priority must be between -1000000 and 1000000");
                ok = false;
            }
        }
        Mode mode = Mode.ENFORCE;
        if (f.has("mode")) {
            Optional<String> m = f.string("mode");
            mode = m.flatMap(Mode::parse).orElse(null);
            if (mode == null) {
                if (m.isPresent()) {
                    file.error(
                            f.get("mode"),
                            "unknown mode '" + m.get() + "' (allowed: enforce, shadow)");
                }
                ok = false;
            }
        }
        Instant expires = null;
        if (f.has("expires")) {
            Optional<Instant> e = f.instant("expires", true);
            ok &= e.isPresent();
            expires = e.orElse(null);
        }
        CapLimit cap = null;
        if (f.has("cap")) {
            Optional<CapLimit> c = CapsParser.limit(file, f.get("cap"), "cap of " + what);
            ok &= c.isPresent();
            cap = c.orElse(null);
            if (action != null && !Caps.cappable(action)) {
                file.error(
                        f.keyNode("cap"),
                        "a cap only applies to escalate, hold, remove and suspend_account; this"
                                + " rule's action is "
                                + action.key());
                ok = false;
            }
        }
        List<RuleTest> ruleTests = List.of();
        if (f.has("tests")) {
            int before = ruleTestCount(f.get("tests"));
            ruleTests = tests.parse(f.get("tests"), id == null ? "?" : id);
            ok &= ruleTests.size() == before;
        }
        if (!ok || description.isEmpty() || rawId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new RuleDefinition(
                        rawId.get(),
                        description.get(),
                        when,
                        action,
                        ruleLabels,
                        severity,
                        (int) priority,
                        mode,
                        expires,
                        cap,
                        ruleTests,
                        file.at(node),
                        whenMap));
    }

    private static int ruleTestCount(Node n) {
        return n instanceof SequenceNode s ? s.getValue().size() : -1;
    }

    /** The rule's id, looked up first so that every message about the rule can name it. */
    private static String peekId(Node node) {
        if (node instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k
                        && k.getValue().equals("id")
                        && t.getValueNode() instanceof ScalarNode v) {
                    return v.getValue();
                }
            }
        }
        return null;
    }

    private List<String> labels(Fields f) {
        Optional<List<String>> l = f.stringList("labels");
        if (l.isEmpty()) {
            return null;
        }
        boolean ok = true;
        SequenceNode seq = (SequenceNode) f.get("labels");
        for (int i = 0; i < l.get().size(); i++) {
            String label = l.get().get(i);
            if (!labels.contains(label)) {
                file.error(
                        seq.getValue().get(i),
                        "unknown label '"
                                + label
                                + "' (not in labels.yaml)"
                                + Suggest.hint(label, labels));
                ok = false;
            }
        }
        if (l.get().stream().distinct().count() != l.get().size()) {
            file.error(f.get("labels"), "labels are listed twice");
            ok = false;
        }
        return ok ? l.get() : null;
    }
}
