package org.manara.rules.format.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The fields of one YAML mapping, checked against the names it may have: unknown and duplicate keys
 * are reported where they are written, and typed getters report a wrong type at the value. Getters
 * return empty when the field is absent or wrong, so parsing goes on and every problem of a file is
 * reported in one run.
 */
public final class Fields {
    private final YamlFile file;
    private final Node node;
    private final String what;
    private final Map<String, Node> values = new LinkedHashMap<>();
    private final Map<String, Node> keys = new LinkedHashMap<>();

    private Fields(YamlFile file, Node node, String what) {
        this.file = file;
        this.node = node;
        this.what = what;
    }

    /**
     * Reads {@code node} as a mapping with keys from {@code allowed}; reports (and skips) a node
     * that is not a mapping, keys that are not allowed and keys given twice.
     */
    public static Fields read(YamlFile file, Node node, String what, List<String> allowed) {
        Fields f = new Fields(file, node, what);
        if (!(node instanceof MappingNode m)) {
            file.error(node, what + " must be a mapping");
            return f;
        }
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                file.error(t.getKeyNode(), "keys in " + what + " must be plain names");
                continue;
            }
            String key = k.getValue();
            if (allowed != null && !allowed.contains(key)) {
                String hint = Suggest.hint(key, allowed);
                file.error(
                        k,
                        "unknown field '"
                                + key
                                + "' in "
                                + what
                                + (hint.isEmpty()
                                        ? " (allowed: " + String.join(", ", allowed) + ")"
                                        : hint));
                continue;
            }
            if (f.values.containsKey(key)) {
                file.error(k, "duplicate field '" + key + "' in " + what);
                continue;
            }
            f.values.put(key, t.getValueNode());
            f.keys.put(key, k);
        }
        return f;
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Node get(String key) {
        return values.get(key);
    }

    public Node keyNode(String key) {
        return keys.get(key);
    }

    /** Reports the missing fields; true when all are present. */
    public boolean require(String... required) {
        boolean ok = true;
        for (String r : required) {
            if (!values.containsKey(r)) {
                file.error(node, what + " is missing required field '" + r + "'");
                ok = false;
            }
        }
        return ok;
    }

    public Optional<String> string(String key) {
        Node n = values.get(key);
        if (n == null) {
            return Optional.empty();
        }
        return asString(file, n, key);
    }

    /** A non-empty string scalar (numbers and booleans are taken as written). */
    public static Optional<String> asString(YamlFile file, Node n, String key) {
        if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
            return Optional.of(s.getValue());
        }
        file.error(n, "field '" + key + "' must be a string");
        return Optional.empty();
    }

    public Optional<Long> integer(String key) {
        Node n = values.get(key);
        return n == null ? Optional.empty() : asInteger(file, n, key);
    }

    public static Optional<Long> asInteger(YamlFile file, Node n, String key) {
        if (n instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Long.parseLong(s.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // fall through: hex, octal and sexagesimal ints are not for rule files
            }
        }
        file.error(n, "field '" + key + "' must be an integer, got " + shown(n));
        return Optional.empty();
    }

    public Optional<Double> number(String key) {
        Node n = values.get(key);
        return n == null ? Optional.empty() : asNumber(file, n, key);
    }

    public static Optional<Double> asNumber(YamlFile file, Node n, String key) {
        if (n instanceof ScalarNode s
                && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
            try {
                return Optional.of(Double.parseDouble(s.getValue().replace("_", "")));
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        file.error(n, "field '" + key + "' must be a number, got " + shown(n));
        return Optional.empty();
    }

    public Optional<Boolean> bool(String key) {
        Node n = values.get(key);
        return n == null ? Optional.empty() : asBool(file, n, key);
    }

    public static Optional<Boolean> asBool(YamlFile file, Node n, String key) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue();
            if (v.equals("true") || v.equals("false")) {
                return Optional.of(v.equals("true"));
            }
        }
        file.error(n, "field '" + key + "' must be true or false, got " + shown(n));
        return Optional.empty();
    }

    public Optional<List<String>> stringList(String key) {
        Node n = values.get(key);
        return n == null ? Optional.empty() : asStringList(file, n, key);
    }

    public static Optional<List<String>> asStringList(YamlFile file, Node n, String key) {
        if (n instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            boolean ok = true;
            for (Node item : seq.getValue()) {
                if (item instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
                    out.add(s.getValue());
                } else {
                    file.error(item, "field '" + key + "' must be a list of strings");
                    ok = false;
                }
            }
            return ok ? Optional.of(out) : Optional.empty();
        }
        file.error(n, "field '" + key + "' must be a list of strings");
        return Optional.empty();
    }

    /** A date ({@code 2026-06-30}, meaning the end of that UTC day) or an ISO-8601 instant. */
    public Optional<Instant> instant(String key, boolean dateMeansEndOfDay) {
        Node n = values.get(key);
        return n == null ? Optional.empty() : asInstant(file, n, key, dateMeansEndOfDay);
    }

    public static Optional<Instant> asInstant(
            YamlFile file, Node n, String key, boolean dateMeansEndOfDay) {
        if (n instanceof ScalarNode s) {
            String v = s.getValue().trim();
            try {
                if (v.length() == 10) {
                    LocalDate d = LocalDate.parse(v);
                    return Optional.of(
                            (dateMeansEndOfDay ? d.plusDays(1) : d)
                                    .atStartOfDay()
                                    .toInstant(ZoneOffset.UTC));
                }
                return Optional.of(OffsetDateTime.parse(v.toUpperCase(Locale.ROOT)).toInstant());
            } catch (DateTimeParseException e) {
                // fall through to the error below
            }
        }
        file.error(
                n,
                "field '"
                        + key
                        + "' must be a date (2026-06-30) or a timestamp (2026-06-30T12:00:00Z), got "
                        + shown(n));
        return Optional.empty();
    }

    static String shown(Node n) {
        if (n instanceof ScalarNode s) {
            return s.getTag().equals(Tag.NULL) ? "nothing" : "'" + s.getValue() + "'";
        }
        return n instanceof SequenceNode ? "a list" : "a mapping";
    }
}
