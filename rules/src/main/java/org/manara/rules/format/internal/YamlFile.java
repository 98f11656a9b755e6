package org.manara.rules.format.internal;

import java.io.StringReader;
import java.util.List;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.ExpressionMap;
import org.manara.rules.format.SourceRef;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * One YAML file of a rules directory, composed into a node tree that keeps positions (the parsed
 * values would lose them), with the diagnostics found in it.
 */
public final class YamlFile {
    private final String name;
    private final int[] codePoints;
    private final List<Diagnostic> diagnostics;
    private final Node root;
    private boolean failed;

    public YamlFile(String name, String text, List<Diagnostic> diagnostics) {
        this.name = name;
        this.codePoints = text.codePoints().toArray();
        this.diagnostics = diagnostics;
        this.root = compose(text);
    }

    private Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by Fields with a position instead
        options.setMaxAliasesForCollections(20);
        try {
            return new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            failed = true;
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            Mark c = e.getContextMark();
            String context =
                    e.getContext() == null || c == null || e.getProblem() == null
                            ? ""
                            : ", "
                                    + e.getContext()
                                    + " that started at line "
                                    + (c.getLine() + 1)
                                    + ", column "
                                    + (c.getColumn() + 1);
            diagnostics.add(
                    Diagnostic.error(
                            name,
                            m == null ? 0 : m.getLine() + 1,
                            m == null ? 0 : m.getColumn() + 1,
                            "YAML syntax error: " + problem + context));
        } catch (YAMLException e) {
            failed = true;
            diagnostics.add(Diagnostic.error(name, 0, 0, "YAML error: " + e.getMessage()));
        }
        return null;
    }

    public String name() {
        return name;
    }

    /** The document's root node; null when the file is empty or not valid YAML. */
    public Node root() {
        return root;
    }

    /** Whether the file could not be parsed (the error is already reported). */
    public boolean failed() {
        return failed;
    }

    public SourceRef at(Node node) {
        if (node == null) {
            return new SourceRef(name, 0, 0);
        }
        Mark m = node.getStartMark();
        return new SourceRef(name, m.getLine() + 1, m.getColumn() + 1);
    }

    public void error(Node node, String message) {
        diagnostics.add(at(node).error(message));
    }

    public void warning(Node node, String message) {
        diagnostics.add(at(node).warning(message));
    }

    public void error(String message) {
        diagnostics.add(Diagnostic.error(name, 0, 0, message));
    }

    /**
     * Locates each char of a scalar's value in the file. YAML keeps every non-blank char of a
     * scalar in order (only indentation, line folding, quotes and escapes differ), so walking the
     * raw text and matching the value's non-blank chars in turn finds each one's position.
     */
    public ExpressionMap expressionMap(ScalarNode node) {
        String value = node.getValue();
        int[] lines = new int[value.length()];
        int[] cols = new int[value.length()];
        Mark start = node.getStartMark();
        int end = Math.min(node.getEndMark().getIndex(), codePoints.length);
        int r = start.getIndex();
        int line = start.getLine() + 1;
        int col = start.getColumn() + 1;
        int i = 0;
        while (i < value.length()) {
            int cp = value.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                while (r < end && codePoints[r] != cp) {
                    if (codePoints[r] == '\n') {
                        line++;
                        col = 1;
                    } else {
                        col++;
                    }
                    r++;
                }
            }
            int n = Character.charCount(cp);
            for (int k = 0; k < n; k++) {
                lines[i + k] = line;
                cols[i + k] = col;
            }
            if (r < end && codePoints[r] == cp) {
                if (cp == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                r++;
            }
            i += n;
        }
        return new ExpressionMap(name, lines, cols, at(node));
    }
}
