package org.manara.rules.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatsFileLineColumnLevelAndReason() {
        assertThat(Diagnostic.error("policies/a.yaml", 3, 7, "bad").format())
                .isEqualTo("policies/a.yaml:3:7: error: bad");
        assertThat(Diagnostic.warning("sets/words/x.txt", 2, 0, "odd").format())
                .isEqualTo("sets/words/x.txt:2: warning: odd");
        assertThat(Diagnostic.error("sets/words/x.csv", 0, 0, "bad name").format())
                .isEqualTo("sets/words/x.csv: error: bad name");
        assertThat(Diagnostic.error("", 0, 0, "no files").format()).isEqualTo("error: no files");
    }

    @Test
    void ordersByFileThenPosition() {
        List<Diagnostic> d =
                new ArrayList<>(
                        List.of(
                                Diagnostic.error("b.yaml", 1, 1, "x"),
                                Diagnostic.error("a.yaml", 10, 2, "x"),
                                Diagnostic.error("a.yaml", 2, 5, "x"),
                                Diagnostic.warning("a.yaml", 2, 5, "w")));
        d.sort(Diagnostic.ORDER);
        assertThat(d.stream().map(Diagnostic::format))
                .containsExactly(
                        "a.yaml:2:5: error: x",
                        "a.yaml:2:5: warning: w",
                        "a.yaml:10:2: error: x",
                        "b.yaml:1:1: error: x");
    }
}
