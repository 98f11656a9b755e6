package org.manara.classifiers.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.manara.classifiers.features.SparseVector;

class NaiveBayesScalingTest {
    private static SparseVector v(int... indices) {
        float[] values = new float[indices.length];
        Arrays.fill(values, 0.5f);
        return new SparseVector(indices, values);
    }

    @Test
    void factorsAreTheSmoothedLogCountRatio() {
        // feature 0: in both positives, no negative; 1: in one of each; 2: in both negatives.
        List<SparseVector> xs = List.of(v(0, 1), v(0), v(1, 2), v(2));
        List<String> ys = List.of("pos", "pos", "neg", "neg");
        float[] f = new NaiveBayesScaling(1, 1).factors(xs, ys, "pos", 3);
        // p = 1 + (2, 1, 0) = (3, 2, 1), |p| = 6; q = 1 + (0, 1, 2) = (1, 2, 3), |q| = 6
        assertThat(f[0]).isCloseTo((float) Math.log(3.0), within(1e-6f));
        assertThat(f[1]).isCloseTo(0f, within(1e-6f));
        assertThat(f[2]).isCloseTo((float) Math.log(3.0), within(1e-6f));
        float[] half = new NaiveBayesScaling(1, 0.5).factors(xs, ys, "pos", 3);
        assertThat(half[1]).isCloseTo(0.5f, within(1e-6f));
        assertThat(half[0]).isCloseTo((float) (0.5 * Math.log(3.0) + 0.5), within(1e-6f));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new NaiveBayesScaling(0, 0.5)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new NaiveBayesScaling(1, 1.5)).hasMessageContaining("[0, 1]");
        assertThat(NaiveBayesScaling.NONE.enabled()).isFalse();
    }
}
