package org.manara.embedded.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line of the child-process mains: {@code --name value} options, repeatable {@code
 * --set key=value} settings and bare {@code --flag}s. Deliberately tiny: the parent writes these
 * arguments, people rarely do.
 */
public final class Args {
    private final Map<String, String> options = new LinkedHashMap<>();
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();

    private Args() {}

    /**
     * Parses {@code args}; {@code flagNames} are the options that take no value.
     *
     * @throws IllegalArgumentException on a stray value, a missing value or a malformed --set
     */
    public static Args parse(List<String> args, Set<String> flagNames) {
        Args parsed = new Args();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            if (flagNames.contains(name)) {
                parsed.flags.add(name);
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("option " + arg + " needs a value");
            }
            String value = args.get(++i);
            if (name.equals("set")) {
                int eq = value.indexOf('=');
                if (eq <= 0) {
                    throw new IllegalArgumentException(
                            "--set needs key=value, got '" + value + "'");
                }
                parsed.settings.put(value.substring(0, eq), value.substring(eq + 1));
            } else {
                parsed.options.put(name, value);
            }
        }
        return parsed;
    }

    /** The value of a required option. */
    public String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing option --" + name);
        }
        return value;
    }

    /** The value of an option, or {@code fallback}. */
    public String optional(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** An integer option, or {@code fallback}. */
    public int intOption(String name, int fallback) {
        String value = options.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "--" + name + " needs a number, got '" + value + "'");
        }
    }

    /** Whether a flag was given. */
    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** Every {@code --set key=value}, in order. */
    public Map<String, String> settings() {
        return Map.copyOf(settings);
    }

    /** Renders {@code --set key=value} arguments for each entry. */
    public static List<String> settingArgs(Map<String, String> settings) {
        List<String> out = new ArrayList<>();
        settings.forEach(
                (k, v) -> {
                    out.add("--set");
                    out.add(k + "=" + v);
                });
        return out;
    }
}
