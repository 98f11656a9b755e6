package org.manara.classifiers.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.manara.classifiers.features.FeatureConfig;
import org.manara.classifiers.features.NormalizedView;
import org.manara.classifiers.features.SparseVector;
import org.manara.classifiers.features.TextView;

class LinearTrainerTest {
    private static final Function<String, TextView> ANALYZER = NormalizedView::of;

    private static final List<String> SPAM =
            List.of(
                    "win a free prize now",
                    "claim your free cash prize",
                    "free entry win cash",
                    "urgent prize claim now",
                    "you won free cash");
    private static final List<String> HAM =
            List.of(
                    "see you at lunch",
                    "the meeting moved to monday",
                    "call mum tonight please",
                    "lunch at noon with the team",
                    "did you finish the report");

    private static final FeatureConfig SMALL =
            FeatureConfig.parse("bits=12 word=1-2 char=3-4 signals=none");

    private static List<SparseVector> vectors(List<String> texts) {
        return Featurization.vectors(texts, SMALL, null, ANALYZER, Progress.NONE);
    }

    private static List<String> spamThenHam() {
        List<String> texts = new ArrayList<>(SPAM);
        texts.addAll(HAM);
        return texts;
    }

    private static List<String> spamThenHamLabels() {
        List<String> labels = new ArrayList<>();
        SPAM.forEach(s -> labels.add("spam"));
        HAM.forEach(s -> labels.add("ham"));
        return labels;
    }

    private static LinearModel trainSpamHam(List<SparseVector> xs, TrainerConfig config) {
        return LinearTrainer.train(
                xs,
                spamThenHamLabels(),
                List.of("ham", "spam"),
                SMALL.dimension(),
                SMALL.spec(),
                config,
                Map.of("dataset", "unit"));
    }

    private static LinearModel trainSmall(String solver) {
        return trainSpamHam(vectors(spamThenHam()), TrainerConfig.logistic(10).withSolver(solver));
    }

    @Test
    void learnsASeparableProblemWithPositiveClassSecond() {
        LinearTextModel m = new LinearTextModel(trainSmall("lr"), null);
        assertThat(m.probabilities(ANALYZER.apply("free cash prize"))[1]).isGreaterThan(0.5);
        assertThat(m.probabilities(ANALYZER.apply("lunch with mum"))[1]).isLessThan(0.5);
        assertThat(m.model().info()).containsEntry("dataset", "unit").containsKey("trainer");
    }

    @Test
    void svmSolverAlsoSeparates() {
        LinearTextModel m = new LinearTextModel(trainSmall("svm"), null);
        assertThat(m.probabilities(ANALYZER.apply("win free prize"))[1]).isGreaterThan(0.5);
    }

    @Test
    void isDeterministic() {
        assertThat(trainSmall("lr").weights()[0]).isEqualTo(trainSmall("lr").weights()[0]);
    }

    @Test
    void saveAndLoadRoundTripKeepsPredictions() throws IOException {
        LinearModel m = trainSmall("lr");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelIo.write(m, bytes);
        LinearModel back = ModelIo.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(back.labels()).isEqualTo(m.labels());
        assertThat(back.features()).isEqualTo(m.features());
        assertThat(back.info()).isEqualTo(m.info());
        assertThat(back.bias()[0]).isEqualTo(m.bias()[0]);
        float max = 0;
        for (float w : m.weights()[0]) {
            max = Math.max(max, Math.abs(w));
        }
        for (int i = 0; i < m.dimension(); i++) {
            assertThat(back.weights()[0][i]).isCloseTo(m.weights()[0][i], within(max / 30000f));
        }
        LinearTextModel a = new LinearTextModel(m, null);
        LinearTextModel b = new LinearTextModel(back, null);
        for (String t : List.of("free cash", "monday lunch", "win now")) {
            assertThat(b.probabilities(ANALYZER.apply(t))[1])
                    .isCloseTo(a.probabilities(ANALYZER.apply(t))[1], within(1e-3));
        }
    }

    @Test
    void corruptModelIsRejected() {
        byte[] junk = "not a model at all".getBytes();
        assertThatThrownBy(() -> ModelIo.read(new ByteArrayInputStream(junk)))
                .isInstanceOf(IOException.class);
    }

    @Test
    void naiveBayesScaledWeightsScoreUnscaledVectorsAsTheSolverSawThemScaled() {
        List<SparseVector> xs = vectors(spamThenHam());
        NaiveBayesScaling nb = new NaiveBayesScaling(1, 0.75);
        TrainerConfig plain = TrainerConfig.logistic(3).withClassWeights(Map.of("spam", 2.0));
        LinearModel scaled = trainSpamHam(xs, plain.withNaiveBayes(nb));
        float[] factors = nb.factors(xs, spamThenHamLabels(), "spam", SMALL.dimension());
        LinearModel reference =
                trainSpamHam(
                        xs.stream().map(x -> NaiveBayesScaling.scale(x, factors)).toList(), plain);
        for (SparseVector x : vectors(List.of("free prize lunch", "monday cash", "win now"))) {
            assertThat(scaled.margin(0, x))
                    .isCloseTo(
                            reference.margin(0, NaiveBayesScaling.scale(x, factors)), within(1e-4));
        }
        assertThat(scaled.info().get("trainer")).contains("nb(alpha=1.0, mix=0.75)");
        assertThat(scaled.weights()[0]).isNotEqualTo(trainSpamHam(xs, plain).weights()[0]);
    }

    /** Three colour classes, one word each telling them apart. */
    private static LinearModel trainColours(TrainerConfig config) {
        FeatureConfig fc = FeatureConfig.parse("bits=12 word=1-1 char=0-0 signals=none");
        List<String> texts =
                List.of(
                        "red apple",
                        "red cherry",
                        "blue sky",
                        "blue sea",
                        "green leaf",
                        "green grass");
        List<String> labels = List.of("red", "red", "blue", "blue", "green", "green");
        return LinearTrainer.train(
                Featurization.vectors(texts, fc, null, ANALYZER, Progress.NONE),
                labels,
                List.of("red", "green", "blue"),
                fc.dimension(),
                fc.spec(),
                config,
                Map.of());
    }

    @Test
    void multiclassModelsHaveOneRowPerClass() {
        LinearModel m = trainColours(TrainerConfig.logistic(10));
        assertThat(m.weights()).hasNumberOfRows(3);
        LinearTextModel t = new LinearTextModel(m, null);
        double[] p = t.probabilities(ANALYZER.apply("green"));
        assertThat(p[1]).isGreaterThan(p[0]).isGreaterThan(p[2]);
        assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void naiveBayesScaledMulticlassModelsScaleEachRowForItsOwnClass() {
        LinearModel m =
                trainColours(
                        TrainerConfig.logistic(10).withNaiveBayes(new NaiveBayesScaling(1, 1)));
        assertThat(m.weights()).hasNumberOfRows(3);
        assertThat(m.info().get("trainer")).contains("nb(alpha=1.0, mix=1.0)");
        LinearTextModel t = new LinearTextModel(m, null);
        for (String colour : List.of("red", "green", "blue")) {
            double[] p = t.probabilities(ANALYZER.apply(colour + " thing"));
            int best = 0;
            for (int i = 1; i < p.length; i++) {
                best = p[i] > p[best] ? i : best;
            }
            assertThat(m.labels().get(best)).isEqualTo(colour);
        }
        assertThat(m.weights()[0])
                .isNotEqualTo(trainColours(TrainerConfig.logistic(10)).weights()[0]);
    }

    @Test
    void missingClassInTrainingDataIsAnError() {
        FeatureConfig fc = FeatureConfig.parse("bits=10 word=1-1 char=0-0 signals=none");
        List<SparseVector> xs =
                Featurization.vectors(List.of("a b", "c d"), fc, null, ANALYZER, Progress.NONE);
        assertThatThrownBy(
                        () ->
                                LinearTrainer.train(
                                        xs,
                                        List.of("x", "x"),
                                        List.of("x", "y"),
                                        fc.dimension(),
                                        fc.spec(),
                                        TrainerConfig.logistic(1),
                                        Map.of()))
                .hasMessageContaining("holds 1 of the 2 labels");
    }
}
