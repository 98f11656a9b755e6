package org.manara.classifiers.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfusionMatrixTest {

    private static void add(ConfusionMatrix m, String gold, String pred, int times) {
        for (int i = 0; i < times; i++) {
            m.add(gold, pred);
        }
    }

    @Test
    void binaryMetricsMatchHandComputedValues() {
        // TP 3, FN 1, FP 2, TN 4.
        ConfusionMatrix m = new ConfusionMatrix(List.of("neg", "pos"));
        add(m, "pos", "pos", 3);
        add(m, "pos", "neg", 1);
        add(m, "neg", "pos", 2);
        add(m, "neg", "neg", 4);
        Metrics x = m.metrics();
        assertThat(x.accuracy()).isCloseTo(0.7, within(1e-12));
        assertThat(x.of("pos").precision()).isCloseTo(0.6, within(1e-12));
        assertThat(x.of("pos").recall()).isCloseTo(0.75, within(1e-12));
        assertThat(x.of("pos").f1()).isCloseTo(2 * 0.6 * 0.75 / 1.35, within(1e-12));
        assertThat(x.of("neg").precision()).isCloseTo(0.8, within(1e-12));
        assertThat(x.of("neg").recall()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(x.of("pos").support()).isEqualTo(4);
        assertThat(x.of("neg").support()).isEqualTo(6);
        // (TP*TN - FP*FN) / sqrt((TP+FP)(TP+FN)(TN+FP)(TN+FN)) = 10 / sqrt(600)
        assertThat(x.mcc()).isCloseTo(10 / Math.sqrt(600), within(1e-12));
        double f1Pos = 2 * 0.6 * 0.75 / 1.35;
        double f1Neg = 2 * 0.8 * (4.0 / 6) / (0.8 + 4.0 / 6);
        assertThat(x.macroF1()).isCloseTo((f1Pos + f1Neg) / 2, within(1e-12));
        assertThat(x.weightedF1()).isCloseTo((f1Pos * 4 + f1Neg * 6) / 10, within(1e-12));
    }

    @Test
    void multiclassMccIsGorodkinsRk() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("a", "b", "c"));
        int[][] counts = {{5, 1, 0}, {2, 3, 1}, {0, 1, 4}};
        List<String> l = m.labels();
        for (int g = 0; g < 3; g++) {
            for (int p = 0; p < 3; p++) {
                add(m, l.get(g), l.get(p), counts[g][p]);
            }
        }
        // n = 17, correct = 12, t = (6,6,5), p = (7,5,5):
        // (12*17 - 97) / sqrt((289 - 99) * (289 - 97))
        assertThat(m.mcc()).isCloseTo(107 / Math.sqrt(190.0 * 192.0), within(1e-12));
        assertThat(m.accuracy()).isCloseTo(12.0 / 17, within(1e-12));
        assertThat(m.precision(0)).isCloseTo(5.0 / 7, within(1e-12));
        assertThat(m.recall(2)).isCloseTo(4.0 / 5, within(1e-12));
    }

    @Test
    void twoClassGorodkinEqualsBinaryMcc() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("n", "p"));
        add(m, "p", "p", 30);
        add(m, "p", "n", 7);
        add(m, "n", "p", 5);
        add(m, "n", "n", 58);
        double binary = (30.0 * 58 - 5 * 7) / Math.sqrt(35.0 * 37 * 63 * 65);
        assertThat(m.mcc()).isCloseTo(binary, within(1e-12));
    }

    @Test
    void emptyPredictionsGiveZeroNotNaN() {
        ConfusionMatrix m = new ConfusionMatrix(List.of("n", "p"));
        add(m, "n", "n", 3);
        add(m, "p", "n", 2);
        assertThat(m.precision(1)).isZero();
        assertThat(m.f1(1)).isZero();
        assertThat(m.mcc()).isZero();
        assertThat(new ConfusionMatrix(List.of("a")).accuracy()).isZero();
    }

    @Test
    void mergingFoldsAddsCountsAndRejectsOtherLabels() {
        ConfusionMatrix a = new ConfusionMatrix(List.of("n", "p"));
        ConfusionMatrix b = new ConfusionMatrix(List.of("n", "p"));
        a.add("p", "p");
        b.add("p", "n");
        a.addAll(b);
        assertThat(a.total()).isEqualTo(2);
        assertThat(a.recall(1)).isEqualTo(0.5);
        assertThatThrownBy(() -> a.addAll(new ConfusionMatrix(List.of("x", "y"))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.add("q", "p")).hasMessageContaining("unknown label 'q'");
    }
}
