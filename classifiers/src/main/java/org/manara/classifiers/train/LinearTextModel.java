package org.manara.classifiers.train;

import java.util.List;
import java.util.function.Function;
import org.manara.classifiers.features.Explainer;
import org.manara.classifiers.features.FeatureBuffer;
import org.manara.classifiers.features.FeatureConfig;
import org.manara.classifiers.features.HashedFeaturizer;
import org.manara.classifiers.features.SpamSignals;
import org.manara.classifiers.features.TextView;
import org.manara.model.Evidence;

/**
 * A {@link LinearModel} together with the featuriser it was trained with: text in, class
 * probabilities and evidence out. Thread-safe; scoring reuses per-thread buffers.
 */
public final class LinearTextModel {
    private final LinearModel model;
    private final HashedFeaturizer featurizer;
    private final boolean withSignals;

    /** Below this probability no evidence is computed: nobody reviews why a post is clean. */
    public static final double EVIDENCE_MIN = 0.1;

    public LinearTextModel(LinearModel model, SpamSignals signals) {
        this.model = model;
        this.featurizer = new HashedFeaturizer(FeatureConfig.parse(model.features()), signals);
        this.withSignals = !featurizer.config().signals().equals("none");
        if (featurizer.config().dimension() != model.dimension()) {
            throw new IllegalArgumentException(
                    "model has "
                            + model.dimension()
                            + " weights per class but its features have "
                            + featurizer.config().dimension());
        }
    }

    /** Wraps a loaded model, with the shipped spam signals if its features use them. */
    public static LinearTextModel of(LinearModel model, Function<String, TextView> analyzer) {
        boolean spam = FeatureConfig.parse(model.features()).signals().equals("spam");
        return new LinearTextModel(model, spam ? SpamSignals.standard(analyzer) : null);
    }

    public LinearModel model() {
        return model;
    }

    public List<String> labels() {
        return model.labels();
    }

    public FeatureConfig featureConfig() {
        return featurizer.config();
    }

    /** Featurises into this thread's buffer (valid until the thread's next featurisation). */
    public FeatureBuffer featurize(TextView view) {
        return featurizer.featurize(view);
    }

    /** Class probabilities in label order. */
    public double[] probabilities(TextView view) {
        return probabilities(featurizer.featurize(view));
    }

    /** Class probabilities from a buffer featurised with this model's {@link #featureConfig()}. */
    public double[] probabilities(FeatureBuffer buf) {
        double[] margins = new double[model.weights().length];
        for (int r = 0; r < margins.length; r++) {
            margins[r] = buf.dot(model.weights()[r], model.bias()[r], withSignals);
        }
        return model.probabilitiesFromMargins(margins);
    }

    /**
     * True when a buffer featurised for {@code other} can be scored by this model: the same word
     * and character n-grams and hash space, where this model uses no engineered signals or the same
     * ones.
     */
    public boolean canScoreBuffersOf(FeatureConfig other) {
        FeatureConfig mine = featurizer.config();
        return mine.bits() == other.bits()
                && mine.wordMin() == other.wordMin()
                && mine.wordMax() == other.wordMax()
                && mine.charMin() == other.charMin()
                && mine.charMax() == other.charMax()
                && (!withSignals || mine.signals().equals(other.signals()));
    }

    /** The probability of one label and, if asked, its top {@code k} pieces of evidence. */
    public Scored score(TextView view, String label, int k, String feature) {
        return score(view, featurizer.featurize(view), label, k, feature);
    }

    /**
     * As {@link #score(TextView, String, int, String)} over a buffer already featurised with this
     * model's {@link #featureConfig()} (several models with one feature set share one pass).
     */
    public Scored score(TextView view, FeatureBuffer buf, String label, int k, String feature) {
        int index = model.labels().indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("no label '" + label + "' in " + model.labels());
        }
        double p = probabilities(buf)[index];
        if (k <= 0 || p < EVIDENCE_MIN || (model.binary() && index == 0)) {
            return new Scored(p, List.of()); // evidence explains the positive class only
        }
        int row = model.binary() ? 0 : index;
        return new Scored(
                p, Explainer.top(view, buf, model.weights()[row], k, feature, withSignals));
    }

    /** A probability with the evidence behind it. */
    public record Scored(double probability, List<Evidence> evidence) {}
}
