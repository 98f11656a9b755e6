package org.manara.streamjobs.deploy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.configuration.ConfigOption;
import org.apache.flink.configuration.description.HtmlFormatter;
import org.apache.flink.util.TimeUtils;
import org.manara.streamjobs.options.JobOptions;

/**
 * The Markdown table of every job option: each public static {@link ConfigOption} of every class in
 * {@code org.manara.streamjobs.options}, found on disk so a new holder class is included without
 * touching this code.
 */
final class OptionsTable {

    static String markdown() throws Exception {
        StringBuilder out = new StringBuilder();
        out.append("| Key | Default | Description |\n");
        out.append("|---|---|---|\n");
        for (ConfigOption<?> option : options()) {
            out.append("| `")
                    .append(option.key())
                    .append("` | ")
                    .append(defaultValue(option))
                    .append(" | ")
                    .append(cell(new HtmlFormatter().format(option.description())))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** Options of every holder class, holders in name order, options in declaration order. */
    static List<ConfigOption<?>> options() throws Exception {
        List<ConfigOption<?>> options = new ArrayList<>();
        for (Class<?> holder : holders()) {
            for (Field f : holder.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        && Modifier.isPublic(f.getModifiers())
                        && f.getType() == ConfigOption.class) {
                    options.add((ConfigOption<?>) f.get(null));
                }
            }
        }
        return options;
    }

    private static List<Class<?>> holders()
            throws URISyntaxException, IOException, ClassNotFoundException {
        String pkg = JobOptions.class.getPackageName();
        Path dir =
                Path.of(
                                JobOptions.class
                                        .getProtectionDomain()
                                        .getCodeSource()
                                        .getLocation()
                                        .toURI())
                        .resolve(pkg.replace('.', '/'));
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names =
                    files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".class") && !n.contains("$"))
                            .map(n -> n.substring(0, n.length() - ".class".length()))
                            .sorted()
                            .collect(Collectors.toList());
        }
        List<Class<?>> holders = new ArrayList<>();
        for (String name : names) {
            holders.add(Class.forName(pkg + "." + name));
        }
        return holders;
    }

    private static String defaultValue(ConfigOption<?> option) {
        if (!option.hasDefaultValue()) {
            return "(none)";
        }
        Object value = option.defaultValue();
        String text;
        if (value instanceof Duration d) {
            text = TimeUtils.formatWithHighestUnit(d);
        } else if (value instanceof Enum<?> e) {
            text = e.name(); // what the option parser accepts, not a display form
        } else if (value instanceof List<?> list) {
            text = list.stream().map(String::valueOf).collect(Collectors.joining(";"));
        } else {
            text = String.valueOf(value);
        }
        return "`" + text + "`";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private OptionsTable() {}
}
