package org.manara.rules.format.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manara.rules.format.Diagnostic;
import org.manara.rules.format.ExpressionMap;
import org.manara.rules.format.SourceRef;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

class YamlFileTest {

    private static ExpressionMap whenOf(String yaml) {
        List<Diagnostic> diags = new ArrayList<>();
        YamlFile f = new YamlFile("p.yaml", yaml, diags);
        assertThat(diags).isEmpty();
        MappingNode m = (MappingNode) f.root();
        return f.expressionMap((ScalarNode) m.getValue().get(0).getValueNode());
    }

    private static String where(ExpressionMap map, String expr, String needle) {
        SourceRef r = map.at(expr.indexOf(needle));
        return r.line() + ":" + r.column();
    }

    @Test
    void plainScalar() {
        String expr = "scores.spam > 0.5 && post.txt == 'x'";
        ExpressionMap map = whenOf("when: " + expr + "\n");
        assertThat(where(map, expr, "txt")).isEqualTo("1:33");
    }

    @Test
    void doubleQuotedScalarWithEscapes() {
        ExpressionMap map = whenOf("when: \"post.text == \\\"a\\\" && post.txt\"\n");
        String expr = "post.text == \"a\" && post.txt";
        assertThat(where(map, expr, "txt")).isEqualTo("1:35");
    }

    @Test
    void literalBlockKeepsLines() {
        String yaml = "when: |\n  scores.spam > 0.5\n    && post.txt == 'x'\n";
        ExpressionMap map = whenOf(yaml);
        String expr = "scores.spam > 0.5\n  && post.txt == 'x'\n";
        assertThat(where(map, expr, "scores")).isEqualTo("2:3");
        assertThat(where(map, expr, "txt")).isEqualTo("3:13");
    }

    @Test
    void foldedBlockMapsFoldedLinesBack() {
        String yaml = "when: >\n  scores.spam > 0.5\n  && post.txt == 'x'\n";
        ExpressionMap map = whenOf(yaml);
        String expr = "scores.spam > 0.5 && post.txt == 'x'\n";
        assertThat(where(map, expr, "txt")).isEqualTo("3:11");
    }

    @Test
    void columnsCountCodePointsInArabicText() {
        String expr = "post.text == 'مرحبا' && post.txt";
        ExpressionMap map = whenOf("when: \"" + expr + "\"\n");
        assertThat(where(map, expr, "txt")).isEqualTo("1:37");
    }

    @Test
    void syntaxErrorsAreReportedWithPositionAndContext() {
        List<Diagnostic> diags = new ArrayList<>();
        YamlFile f = new YamlFile("p.yaml", "rules: [a, b\nother: 1\n", diags);
        assertThat(f.root()).isNull();
        assertThat(f.failed()).isTrue();
        assertThat(diags).hasSize(1);
        assertThat(diags.get(0).format())
                .startsWith("p.yaml:2:6: error: YAML syntax error: expected ',' or ']'")
                .endsWith("while parsing a flow sequence that started at line 1, column 8");
    }
}
