package org.manara.rules.format.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.manara.rules.counters.CounterKey;
import org.manara.rules.counters.CounterSpec;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@code counters.yaml}: {@code counters:} a list of {name, description, key, distinct, window}.
 */
final class CountersParser {
    private static final Pattern WINDOW = Pattern.compile("([1-9][0-9]*)([mhd])");
    private static final Duration MAX_WINDOW = Duration.ofDays(7);

    static List<CounterSpec> parse(YamlFile file) {
        List<CounterSpec> out = new ArrayList<>();
        if (file.root() == null) {
            return out;
        }
        Fields top = Fields.read(file, file.root(), "counters.yaml", List.of("counters"));
        if (!top.require("counters")) {
            return out;
        }
        if (!(top.get("counters") instanceof SequenceNode seq)) {
            file.error(top.get("counters"), "field 'counters' must be a list of counters");
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (Node item : seq.getValue()) {
            Fields f =
                    Fields.read(
                            file,
                            item,
                            "counter",
                            List.of("name", "description", "key", "distinct", "window"));
            f.require("name", "description", "key", "window");
            Optional<String> name = f.string("name");
            Optional<String> description = f.string("description");
            Optional<CounterKey> key = f.string("key").flatMap(k -> counterKey(file, f, "key", k));
            Optional<CounterKey> distinct =
                    f.string("distinct").flatMap(k -> counterKey(file, f, "distinct", k));
            Optional<Duration> window = f.string("window").flatMap(w -> window(file, f, w));
            if (name.isPresent() && !Names.SIMPLE.matcher(name.get()).matches()) {
                file.error(
                        f.get("name"),
                        "counter name '" + name.get() + "' must be lower_snake_case");
                continue;
            }
            if (name.isPresent() && !seen.add(name.get())) {
                file.error(f.get("name"), "duplicate counter '" + name.get() + "'");
                continue;
            }
            if (key.isPresent() && distinct.isPresent() && key.get() == distinct.get()) {
                file.error(
                        f.get("distinct"),
                        "counter '"
                                + name.orElse("?")
                                + "' counts distinct "
                                + key.get().key()
                                + " values per "
                                + key.get().key()
                                + ", which is always 1");
                continue;
            }
            if (name.isPresent()
                    && description.isPresent()
                    && key.isPresent()
                    && window.isPresent()
                    && (distinct.isPresent() || !f.has("distinct"))) {
                out.add(
                        new CounterSpec(
                                name.get(),
                                description.get(),
                                key.get(),
                                distinct.orElse(null),
                                window.get()));
            }
        }
        return out;
    }

    private static Optional<CounterKey> counterKey(
            YamlFile file, Fields f, String field, String value) {
        Optional<CounterKey> k = CounterKey.parse(value);
        if (k.isEmpty()) {
            file.error(
                    f.get(field),
                    "unknown counter "
                            + field
                            + " '"
                            + value
                            + "' (allowed: author, url, domain, hashtag, fingerprint)");
        }
        return k;
    }

    private static Optional<Duration> window(YamlFile file, Fields f, String value) {
        Matcher m = WINDOW.matcher(value);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration d =
                    switch (m.group(2)) {
                        case "m" -> Duration.ofMinutes(n);
                        case "h" -> Duration.ofHours(n);
                        default -> Duration.ofDays(n);
                    };
            if (d.compareTo(MAX_WINDOW) <= 0) {
                return Optional.of(d);
            }
            file.error(f.get("window"), "window '" + value + "' is longer than 7 days");
            return Optional.empty();
        }
        file.error(
                f.get("window"),
                "window '" + value + "' must be minutes, hours or days, e.g. 10m, 1h, 1d");
        return Optional.empty();
    }

    private CountersParser() {}
}
