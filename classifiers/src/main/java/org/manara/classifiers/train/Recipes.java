package org.manara.classifiers.train;

import java.util.List;
import java.util.Map;
import org.manara.classifiers.features.FeatureConfig;

/**
 * The recipes behind every shipped model and every evaluation protocol, chosen by stratified
 * cross-validation on the training side only (see docs/evaluation.md for the search).
 */
public final class Recipes {
    private Recipes() {}

    /**
     * Spam: word 1-2-grams, character 2-5-grams and the engineered spam signals; L2 logistic
     * regression, C = 10.
     */
    public static final Recipe SPAM =
            new Recipe(
                    "spam",
                    FeatureConfig.parse("bits=20 word=1-2 char=2-5 signals=spam"),
                    TrainerConfig.logistic(10),
                    List.of("ham", "spam"));

    /** A copy of a recipe with class weights (multipliers of C) for imbalanced labels. */
    public static Recipe weighted(Recipe r, Map<String, Double> weights) {
        return new Recipe(
                r.name(), r.features(), r.trainer().withClassWeights(weights), r.labels());
    }
}
