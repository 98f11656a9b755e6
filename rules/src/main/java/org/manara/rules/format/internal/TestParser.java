package org.manara.rules.format.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.manara.model.Action;
import org.manara.model.Category;
import org.manara.rules.format.FieldType;
import org.manara.rules.format.InputSchema;
import org.manara.rules.format.RuleTest;
import org.manara.rules.format.TestValues;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The {@code tests} of a rule: each a name, an input (post, author, scores, counters, campaign)
 * checked against {@link InputSchema}, and {@code expect: {action, labels}}.
 */
final class TestParser {
    private static final List<String> TEST_FIELDS =
            List.of("name", "post", "author", "scores", "counters", "campaign", "expect");

    private final YamlFile file;
    private final Set<String> counters;

    TestParser(YamlFile file, Set<String> counters) {
        this.file = file;
        this.counters = counters;
    }

    List<RuleTest> parse(Node node, String ruleId) {
        List<RuleTest> out = new ArrayList<>();
        if (!(node instanceof SequenceNode seq)) {
            file.error(node, "field 'tests' must be a list of tests");
            return out;
        }
        Map<String, Integer> names = new HashMap<>();
        for (Node item : seq.getValue()) {
            String peeked = peekName(item);
            String what = peeked == null ? "test" : "test '" + peeked + "'";
            Fields f = Fields.read(file, item, what + " of rule '" + ruleId + "'", TEST_FIELDS);
            f.require("name", "post", "expect");
            Optional<String> name = f.string("name");
            if (name.isPresent() && names.containsKey(name.get())) {
                file.error(
                        f.get("name"),
                        "duplicate test name '"
                                + name.get()
                                + "' in rule '"
                                + ruleId
                                + "' (first at line "
                                + names.get(name.get())
                                + ")");
            }
            name.ifPresent(n -> names.putIfAbsent(n, file.at(item).line()));
            boolean ok = name.isPresent();
            Map<String, Object> post = new LinkedHashMap<>();
            if (f.has("post")) {
                Fields p = Fields.read(file, f.get("post"), what + " post", keys(InputSchema.POST));
                ok &= p.require("text");
                ok &= typed(p, InputSchema.POST, post);
            }
            Map<String, Object> author = new LinkedHashMap<>();
            if (f.has("author")) {
                Fields a =
                        Fields.read(
                                file, f.get("author"), what + " author", keys(InputSchema.AUTHOR));
                ok &= typed(a, InputSchema.AUTHOR, author);
            }
            Map<String, Double> scores = new LinkedHashMap<>();
            if (f.has("scores")) {
                ok &= scores(Fields.read(file, f.get("scores"), what + " scores", null), scores);
            }
            Map<String, Long> counterValues = new LinkedHashMap<>();
            if (f.has("counters")) {
                ok &=
                        counters(
                                Fields.read(file, f.get("counters"), what + " counters", null),
                                counterValues);
            }
            Map<String, Object> campaign = null;
            if (f.has("campaign")) {
                campaign = new LinkedHashMap<>();
                Fields c =
                        Fields.read(
                                file,
                                f.get("campaign"),
                                what + " campaign",
                                keys(InputSchema.CAMPAIGN));
                ok &= c.require("id", "size", "score");
                ok &= typed(c, InputSchema.CAMPAIGN, campaign);
            }
            Expectation expect = f.has("expect") ? expectation(f.get("expect"), what) : null;
            if (ok && expect != null) {
                out.add(
                        new RuleTest(
                                name.get(),
                                new TestValues(post, author, scores, counterValues, campaign),
                                expect.action,
                                expect.labels,
                                file.at(item)));
            }
        }
        return out;
    }

    private static String peekName(Node node) {
        if (node instanceof org.yaml.snakeyaml.nodes.MappingNode m) {
            for (var t : m.getValue()) {
                if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k
                        && k.getValue().equals("name")
                        && t.getValueNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode v) {
                    return v.getValue();
                }
            }
        }
        return null;
    }

    private record Expectation(Action action, List<String> labels) {}

    private Expectation expectation(Node node, String what) {
        Fields e = Fields.read(file, node, what + " expect", List.of("action", "labels"));
        if (!e.require("action")) {
            return null;
        }
        Optional<String> actionText = e.string("action");
        if (actionText.isEmpty()) {
            return null;
        }
        Action action = null;
        if (!actionText.get().equals("none")) {
            Optional<Action> a = RuleParser.action(actionText.get());
            if (a.isEmpty()) {
                file.error(
                        e.get("action"),
                        "unknown action '"
                                + actionText.get()
                                + "' (allowed: none, "
                                + RuleParser.ACTIONS
                                + ")");
                return null;
            }
            action = a.get();
        }
        List<String> labels = null;
        if (e.has("labels")) {
            Optional<List<String>> l = e.stringList("labels");
            if (l.isEmpty()) {
                return null;
            }
            labels = l.get();
            if (action == null && !labels.isEmpty()) {
                file.error(e.get("labels"), "a test expecting no match cannot expect labels");
                return null;
            }
        }
        return new Expectation(action, labels);
    }

    private boolean typed(Fields f, Map<String, FieldType> schema, Map<String, Object> out) {
        boolean ok = true;
        for (String key : f.names()) {
            Node n = f.get(key);
            Optional<?> v =
                    switch (schema.get(key)) {
                        case STRING -> Fields.asString(file, n, key);
                        case INT -> Fields.asInteger(file, n, key);
                        case DOUBLE -> Fields.asNumber(file, n, key);
                        case BOOL -> Fields.asBool(file, n, key);
                        case STRING_LIST -> Fields.asStringList(file, n, key);
                        case TIMESTAMP -> Fields.asInstant(file, n, key, false);
                    };
            if (v.isPresent()) {
                out.put(key, v.get());
            } else {
                ok = false;
            }
        }
        return ok;
    }

    private boolean scores(Fields f, Map<String, Double> out) {
        boolean ok = true;
        List<String> categories =
                java.util.Arrays.stream(Category.values()).map(Category::key).toList();
        for (String key : f.names()) {
            if (!categories.contains(key)) {
                file.error(
                        f.keyNode(key),
                        "unknown score category '"
                                + key
                                + "'"
                                + Suggest.hint(key, categories)
                                + (Suggest.closest(key, categories).isPresent()
                                        ? ""
                                        : " (categories: " + String.join(", ", categories) + ")"));
                ok = false;
                continue;
            }
            Optional<Double> v = Fields.asNumber(file, f.get(key), key);
            if (v.isPresent() && (v.get() < 0 || v.get() > 1)) {
                file.error(f.get(key), "score '" + key + "' must be between 0 and 1");
                ok = false;
            } else if (v.isPresent()) {
                out.put(key, v.get());
            } else {
                ok = false;
            }
        }
        return ok;
    }

    private boolean counters(Fields f, Map<String, Long> out) {
        boolean ok = true;
        for (String key : f.names()) {
            if (!counters.contains(key)) {
                file.error(
                        f.keyNode(key),
                        "unknown counter '"
                                + key
                                + "' (not declared in counters.yaml)"
                                + Suggest.hint(key, counters));
                ok = false;
                continue;
            }
            Optional<Long> v = Fields.asInteger(file, f.get(key), key);
            if (v.isPresent() && v.get() < 0) {
                file.error(f.get(key), "counter '" + key + "' cannot be negative");
                ok = false;
            } else if (v.isPresent()) {
                out.put(key, v.get());
            } else {
                ok = false;
            }
        }
        return ok;
    }

    private static List<String> keys(Map<String, FieldType> schema) {
        return List.copyOf(schema.keySet());
    }
}
