package org.manara.rules.format.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.SetDefinition;
import org.manara.rules.format.SetKind;
import org.manara.rules.format.SourceRef;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Named sets: {@code sets/<kind>/<name>.txt} (one item per line, {@code #} starts a comment) or
 * {@code sets/<kind>/<name>.yaml} (a list, or {description, items}). The kind is the directory:
 * words, domains or accounts.
 */
final class SetsParser {

    /** Parses one set file; empty when its path or content is wrong (reported). */
    static Optional<SetDefinition> parse(String path, String content, List<Diagnostic> diags) {
        String[] parts = path.split("/");
        if (parts.length != 3) {
            diags.add(
                    Diagnostic.error(
                            path,
                            0,
                            0,
                            "set files belong in sets/words/, sets/domains/ or sets/accounts/"));
            return Optional.empty();
        }
        Optional<SetKind> kind = SetKind.fromDirectory(parts[1]);
        if (kind.isEmpty()) {
            diags.add(
                    Diagnostic.error(
                            path,
                            0,
                            0,
                            "unknown set kind '"
                                    + parts[1]
                                    + "' (set directories: words, domains, accounts)"));
            return Optional.empty();
        }
        String file = parts[2];
        int dot = file.lastIndexOf('.');
        String name = dot < 0 ? file : file.substring(0, dot);
        String ext = dot < 0 ? "" : file.substring(dot + 1);
        if (!Names.SIMPLE.matcher(name).matches()) {
            diags.add(
                    Diagnostic.error(
                            path, 0, 0, "set name '" + name + "' must be lower_snake_case"));
            return Optional.empty();
        }
        return switch (ext) {
            case "txt" -> Optional.of(text(path, name, kind.get(), content));
            case "yaml", "yml" -> yaml(path, name, kind.get(), content, diags);
            default -> {
                diags.add(
                        Diagnostic.error(path, 0, 0, "set files must end in .txt, .yaml or .yml"));
                yield Optional.empty();
            }
        };
    }

    private static SetDefinition text(String path, String name, SetKind kind, String content) {
        List<SetDefinition.Item> items = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        StringBuilder description = new StringBuilder();
        boolean header = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.startsWith("#")) {
                if (header) {
                    description.append(description.isEmpty() ? "" : " ");
                    description.append(trimmed.substring(1).strip());
                }
                continue;
            }
            int hash = line.indexOf(" #");
            String value = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (value.isEmpty()) {
                header = header && description.isEmpty();
                continue;
            }
            header = false;
            int col = line.indexOf(value.charAt(0)) + 1;
            items.add(new SetDefinition.Item(value, new SourceRef(path, i + 1, col)));
        }
        return new SetDefinition(
                name, kind, description.toString(), items, new SourceRef(path, 1, 1));
    }

    private static Optional<SetDefinition> yaml(
            String path, String name, SetKind kind, String content, List<Diagnostic> diags) {
        YamlFile file = new YamlFile(path, content, diags);
        if (file.root() == null) {
            return Optional.of(new SetDefinition(name, kind, "", List.of(), file.at(null)));
        }
        Node itemsNode = file.root();
        String description = "";
        if (file.root() instanceof MappingNode) {
            Fields f = Fields.read(file, file.root(), "set", List.of("description", "items"));
            f.require("items");
            description = f.string("description").orElse("");
            itemsNode = f.get("items");
            if (itemsNode == null) {
                return Optional.empty();
            }
        }
        if (!(itemsNode instanceof SequenceNode seq)) {
            file.error(itemsNode, "a set must be a list of items, or {description, items}");
            return Optional.empty();
        }
        List<SetDefinition.Item> items = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (n instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
                items.add(new SetDefinition.Item(s.getValue().strip(), file.at(n)));
            } else {
                file.error(n, "set items must be strings");
            }
        }
        return Optional.of(new SetDefinition(name, kind, description, items, file.at(null)));
    }

    private SetsParser() {}
}
