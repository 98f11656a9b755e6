package org.manara.classifiers.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.manara.classifiers.features.FeatureConfig;
import org.manara.classifiers.features.NormalizedView;
import org.manara.classifiers.features.SparseVector;

class NaiveBayesScalingTest {
    private static SparseVector v(int... indices) {
        float[] values = new float[indices.length];
        java.util.Arrays.fill(values, 0.5f);
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
    void theTrainedWeightsScoreUnscaledVectorsAsTheSolverSawThemScaled() {
        FeatureConfig fc = FeatureConfig.parse("bits=12 word=1-2 char=3-4 signals=none");
        List<String> texts =
                List.of(
                        "win a free prize now",
                        "claim your free cash prize",
                        "free entry win cash",
                        "see you at lunch",
                        "the meeting moved to monday",
                        "lunch at noon with the team");
        List<String> ys = List.of("spam", "spam", "spam", "ham", "ham", "ham");
        List<SparseVector> xs =
                Featurization.vectors(texts, fc, null, NormalizedView::of, Progress.NONE);
        NaiveBayesScaling nb = new NaiveBayesScaling(1, 0.75);
        TrainerConfig plain = TrainerConfig.logistic(3).withClassWeights(Map.of("spam", 2.0));
        LinearModel scaled =
                LinearTrainer.train(
                        xs,
                        ys,
                        List.of("ham", "spam"),
                        fc.dimension(),
                        fc.spec(),
                        plain.withNaiveBayes(nb),
                        Map.of());
        float[] factors = nb.factors(xs, ys, "spam", fc.dimension());
        List<SparseVector> scaledXs =
                xs.stream().map(x -> NaiveBayesScaling.scale(x, factors)).toList();
        LinearModel reference =
                LinearTrainer.train(
                        scaledXs,
                        ys,
                        List.of("ham", "spam"),
                        fc.dimension(),
                        fc.spec(),
                        plain,
                        Map.of());
        for (SparseVector x :
                Featurization.vectors(
                        List.of("free prize lunch", "monday cash", "win now"),
                        fc,
                        null,
                        NormalizedView::of,
                        Progress.NONE)) {
            assertThat(scaled.margin(0, x))
                    .isCloseTo(
                            reference.margin(0, NaiveBayesScaling.scale(x, factors)), within(1e-4));
        }
        assertThat(scaled.info().get("trainer")).contains("nb(alpha=1.0, mix=0.75)");
        assertThat(scaled.weights()[0])
                .isNotEqualTo(
                        LinearTrainer.train(
                                        xs,
                                        ys,
                                        List.of("ham", "spam"),
                                        fc.dimension(),
                                        fc.spec(),
                                        plain,
                                        Map.of())
                                .weights()[0]);
    }

    @Test
    void multiClassModelsScaleEachRowForItsOwnClass() {
        FeatureConfig fc = FeatureConfig.parse("bits=12 word=1-1 char=0-0 signals=none");
        List<String> texts =
                List.of(
                        "red apple",
                        "red cherry",
                        "blue sky",
                        "blue sea",
                        "green leaf",
                        "green grass");
        List<String> ys = List.of("red", "red", "blue", "blue", "green", "green");
        List<SparseVector> xs =
                Featurization.vectors(texts, fc, null, NormalizedView::of, Progress.NONE);
        LinearModel m =
                LinearTrainer.train(
                        xs,
                        ys,
                        List.of("red", "green", "blue"),
                        fc.dimension(),
                        fc.spec(),
                        TrainerConfig.logistic(10).withNaiveBayes(new NaiveBayesScaling(1, 1)),
                        Map.of());
        assertThat(m.weights()).hasNumberOfRows(3);
        LinearTextModel t = new LinearTextModel(m, null);
        assertThat(t.model().predict(xs.get(4))).isEqualTo("green");
        assertThat(t.model().predict(xs.get(2))).isEqualTo("blue");
        assertThat(t.model().predict(xs.get(0))).isEqualTo("red");
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new NaiveBayesScaling(0, 0.5)).hasMessageContaining("alpha");
        assertThatThrownBy(() -> new NaiveBayesScaling(1, 1.5)).hasMessageContaining("[0, 1]");
        assertThat(NaiveBayesScaling.NONE.enabled()).isFalse();
    }
}
