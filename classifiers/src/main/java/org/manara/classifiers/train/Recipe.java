package org.manara.classifiers.train;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.manara.classifiers.data.Dataset;
import org.manara.classifiers.features.FeatureConfig;
import org.manara.classifiers.features.SpamSignals;
import org.manara.classifiers.features.SparseVector;
import org.manara.classifiers.features.TextView;

/**
 * How one model is made: its features, solver settings and label order. The same recipe is used by
 * the evaluation protocols (trained inside each fold) and by {@code manara train}, so the published
 * metrics describe the method that produced the shipped weights.
 *
 * @param labels label order; for a binary model negative first, positive second
 */
public record Recipe(
        String name, FeatureConfig features, TrainerConfig trainer, List<String> labels) {

    public Recipe {
        labels = List.copyOf(labels);
    }

    public LinearModel fit(List<SparseVector> xs, List<String> ys, Map<String, String> info) {
        return LinearTrainer.train(
                xs, ys, labels, features.dimension(), features.spec(), trainer, info);
    }

    /** Featurises and fits a whole dataset. */
    public LinearModel fit(
            Dataset data,
            SpamSignals signals,
            Function<String, TextView> analyzer,
            Map<String, String> info,
            Progress progress) {
        List<SparseVector> xs =
                Featurization.vectors(data.texts(), features, signals, analyzer, progress);
        progress.start("train " + name, 1);
        LinearModel m = fit(xs, data.labels(), info);
        progress.advance(1);
        return m;
    }
}
