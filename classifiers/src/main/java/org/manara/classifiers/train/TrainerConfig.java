package org.manara.classifiers.train;

import java.util.Map;

/**
 * How {@link LinearTrainer} fits a model.
 *
 * @param solver "lr" (L2-regularised logistic regression, calibrated probabilities) or "svm"
 *     (L2-regularised L2-loss linear SVM, margins squashed with a logistic)
 * @param c the inverse regularisation strength
 * @param classWeights per-label multipliers of C (labels not listed weigh 1)
 * @param epsilon the solver's stopping tolerance
 * @param naiveBayes how features are scaled by their naive Bayes log-count ratio before the solver
 *     sees them ({@link NaiveBayesScaling#NONE}: not at all)
 */
public record TrainerConfig(
        String solver,
        double c,
        Map<String, Double> classWeights,
        double epsilon,
        NaiveBayesScaling naiveBayes) {

    public TrainerConfig {
        if (!solver.equals("lr") && !solver.equals("svm")) {
            throw new IllegalArgumentException("solver must be lr or svm, was " + solver);
        }
        if (!(c > 0)) {
            throw new IllegalArgumentException("C must be positive, was " + c);
        }
        classWeights = Map.copyOf(classWeights);
        if (naiveBayes == null) {
            throw new IllegalArgumentException("naiveBayes must be given (NaiveBayesScaling.NONE)");
        }
    }

    /** A configuration whose features reach the solver unscaled. */
    public TrainerConfig(
            String solver, double c, Map<String, Double> classWeights, double epsilon) {
        this(solver, c, classWeights, epsilon, NaiveBayesScaling.NONE);
    }

    public static TrainerConfig logistic(double c) {
        return new TrainerConfig("lr", c, Map.of(), 0.01);
    }

    public TrainerConfig withClassWeights(Map<String, Double> weights) {
        return new TrainerConfig(solver, c, weights, epsilon, naiveBayes);
    }

    public TrainerConfig withSolver(String s) {
        return new TrainerConfig(s, c, classWeights, epsilon, naiveBayes);
    }

    public TrainerConfig withNaiveBayes(NaiveBayesScaling scaling) {
        return new TrainerConfig(solver, c, classWeights, epsilon, scaling);
    }

    @Override
    public String toString() {
        return solver
                + " C="
                + c
                + " weights="
                + classWeights
                + (naiveBayes.enabled() ? " " + naiveBayes : "");
    }
}
