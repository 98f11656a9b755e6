package org.manara.classifiers.train;

import java.util.List;
import java.util.Map;
import org.manara.classifiers.features.SparseVector;

/**
 * A trained linear classifier over hashed features: one weight row per class (one-vs-rest), or a
 * single row for a binary model whose row scores {@code labels.get(1)} against {@code
 * labels.get(0)}. Weights are a dense float array indexed by feature hash, so scoring is a few
 * hundred array reads with no allocation. Immutable and thread-safe.
 *
 * @param labels the class names; for a binary model, negative then positive
 * @param features the featuriser specification the model was trained with
 * @param weights one row of {@code 1 << bits} weights per class (one row if binary)
 * @param bias one intercept per row
 * @param info free-form provenance (training data, licence, date, parameters)
 */
public record LinearModel(
        List<String> labels,
        String features,
        float[][] weights,
        float[] bias,
        Map<String, String> info) {

    public LinearModel {
        labels = List.copyOf(labels);
        info = Map.copyOf(info);
        int rows = labels.size() == 2 ? 1 : labels.size();
        if (weights.length != rows || bias.length != rows) {
            throw new IllegalArgumentException(
                    "expected " + rows + " weight rows for " + labels.size() + " labels");
        }
    }

    public boolean binary() {
        return weights.length == 1;
    }

    public int dimension() {
        return weights[0].length;
    }

    /** The raw margin of row r for a vector. */
    public double margin(int row, SparseVector x) {
        float[] w = weights[row];
        double s = bias[row];
        int[] idx = x.indices();
        float[] val = x.values();
        for (int i = 0; i < idx.length; i++) {
            s += w[idx[i]] * val[i];
        }
        return s;
    }

    /**
     * Class probabilities in label order: the logistic of the margin for a binary model, and the
     * one-vs-rest logistics normalised to sum to one otherwise.
     */
    public double[] probabilities(SparseVector x) {
        double[] m = new double[weights.length];
        for (int r = 0; r < m.length; r++) {
            m[r] = margin(r, x);
        }
        return probabilitiesFromMargins(m);
    }

    public double[] probabilitiesFromMargins(double[] margins) {
        if (binary()) {
            double p = sigmoid(margins[0]);
            return new double[] {1 - p, p};
        }
        double[] p = new double[margins.length];
        double sum = 0;
        for (int r = 0; r < p.length; r++) {
            p[r] = sigmoid(margins[r]);
            sum += p[r];
        }
        for (int r = 0; r < p.length; r++) {
            p[r] /= sum;
        }
        return p;
    }

    /** The label with the highest probability. */
    public String predict(SparseVector x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int k = 1; k < p.length; k++) {
            if (p[k] > p[best]) {
                best = k;
            }
        }
        return labels.get(best);
    }

    public static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
