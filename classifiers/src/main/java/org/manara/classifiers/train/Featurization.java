package org.manara.classifiers.train;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.manara.classifiers.features.FeatureConfig;
import org.manara.classifiers.features.HashedFeaturizer;
import org.manara.classifiers.features.SpamSignals;
import org.manara.classifiers.features.SparseVector;
import org.manara.classifiers.features.TextView;

/**
 * Featurises a corpus once (in parallel, results in input order), so cross-validation folds only
 * re-run the solver: hashed features need no fitted vocabulary, so no fold can leak into another.
 */
public final class Featurization {
    private Featurization() {}

    public static List<SparseVector> vectors(
            List<String> texts,
            FeatureConfig config,
            SpamSignals signals,
            Function<String, TextView> analyzer,
            Progress progress) {
        HashedFeaturizer featurizer = new HashedFeaturizer(config, signals);
        SparseVector[] out = new SparseVector[texts.size()];
        progress.start("featurise", texts.size());
        IntStream.range(0, texts.size())
                .parallel()
                .forEach(
                        i -> {
                            out[i] = featurizer.vector(analyzer.apply(texts.get(i)));
                            progress.advance(1);
                        });
        return Arrays.asList(out);
    }
}
