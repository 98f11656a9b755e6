package org.manara.classifiers.train;

import java.util.List;
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

    public LinearTextModel(LinearModel model, SpamSignals signals) {
        this.model = model;
        this.featurizer = new HashedFeaturizer(FeatureConfig.parse(model.features()), signals);
        if (featurizer.config().dimension() != model.dimension()) {
            throw new IllegalArgumentException(
                    "model has "
                            + model.dimension()
                            + " weights per class but its features have "
                            + featurizer.config().dimension());
        }
    }

    public LinearModel model() {
        return model;
    }

    public List<String> labels() {
        return model.labels();
    }

    /** Class probabilities in label order. */
    public double[] probabilities(TextView view) {
        FeatureBuffer buf = featurizer.featurize(view);
        double[] margins = new double[model.weights().length];
        for (int r = 0; r < margins.length; r++) {
            margins[r] = buf.dot(model.weights()[r], model.bias()[r]);
        }
        return model.probabilitiesFromMargins(margins);
    }

    /** The probability of one label and, if asked, its top {@code k} pieces of evidence. */
    public Scored score(TextView view, String label, int k, String feature) {
        int index = model.labels().indexOf(label);
        if (index < 0) {
            throw new IllegalArgumentException("no label '" + label + "' in " + model.labels());
        }
        FeatureBuffer buf = featurizer.featurize(view);
        double[] margins = new double[model.weights().length];
        for (int r = 0; r < margins.length; r++) {
            margins[r] = buf.dot(model.weights()[r], model.bias()[r]);
        }
        double p = model.probabilitiesFromMargins(margins)[index];
        if (k <= 0) {
            return new Scored(p, List.of());
        }
        int row = model.binary() ? 0 : index;
        if (model.binary() && index == 0) {
            return new Scored(p, List.of()); // evidence explains the positive class only
        }
        return new Scored(p, Explainer.top(view, buf, model.weights()[row], k, feature));
    }

    /** A probability with the evidence behind it. */
    public record Scored(double probability, List<Evidence> evidence) {}
}
