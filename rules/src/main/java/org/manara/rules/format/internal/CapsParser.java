package org.manara.rules.format.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.manara.model.Action;
import org.manara.rules.actions.CapLimit;
import org.manara.rules.actions.Caps;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * {@code caps.yaml}: {@code caps:} action to {per_hour, per_day}, and the same limits inside a
 * rule's {@code cap} field.
 */
public final class CapsParser {

    static Caps parse(YamlFile file) {
        if (file.root() == null) {
            return Caps.none();
        }
        Fields top = Fields.read(file, file.root(), "caps.yaml", List.of("caps"));
        if (!top.require("caps")) {
            return Caps.none();
        }
        List<String> actions = cappableKeys();
        Fields byAction = Fields.read(file, top.get("caps"), "caps", actions);
        Map<Action, CapLimit> out = new EnumMap<>(Action.class);
        for (String key : byAction.names()) {
            limit(file, byAction.get(key), "cap for " + key)
                    .ifPresent(l -> out.put(Action.fromKey(key), l));
        }
        return new Caps(out);
    }

    /** The actions a cap may name: those stronger than a review flag. */
    static List<String> cappableKeys() {
        return java.util.Arrays.stream(Action.values())
                .filter(Caps::cappable)
                .map(Action::key)
                .toList();
    }

    static Optional<CapLimit> limit(YamlFile file, Node node, String what) {
        Fields f = Fields.read(file, node, what, List.of("per_hour", "per_day"));
        if (!f.has("per_hour") && !f.has("per_day")) {
            if (node instanceof MappingNode m && m.getValue().isEmpty()) {
                file.error(node, what + " needs per_hour, per_day or both");
            }
            return Optional.empty();
        }
        Optional<Long> hour = f.integer("per_hour");
        Optional<Long> day = f.integer("per_day");
        boolean ok =
                (hour.isPresent() || !f.has("per_hour")) && (day.isPresent() || !f.has("per_day"));
        for (String k : List.of("per_hour", "per_day")) {
            Optional<Long> v = k.equals("per_hour") ? hour : day;
            if (v.isPresent() && (v.get() < 0 || v.get() > Integer.MAX_VALUE)) {
                file.error(
                        f.get(k), "field '" + k + "' must be between 0 and " + Integer.MAX_VALUE);
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(
                new CapLimit(
                        hour.map(Long::intValue).orElse(null),
                        day.map(Long::intValue).orElse(null)));
    }

    private CapsParser() {}
}
