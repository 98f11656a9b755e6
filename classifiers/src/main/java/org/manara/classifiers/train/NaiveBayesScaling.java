package org.manara.classifiers.train;

import java.util.List;
import org.manara.classifiers.features.SparseVector;

/**
 * Naive Bayes feature scaling before a linear solver: NBSVM (Wang and Manning, "Baselines and
 * Bigrams: Simple, Good Sentiment and Topic Classification", ACL 2012). For one class against the
 * rest, each feature's log-count ratio is
 *
 * <pre>r = log((p / |p|) / (q / |q|)),  p = alpha + documents of the class holding the feature,
 *                                       q = alpha + documents of the other classes holding it</pre>
 *
 * and the solver sees every feature value multiplied by {@code mix * |r| + (1 - mix)}: features
 * that tell the classes apart weigh more, features found as often in both weigh {@code 1 - mix}.
 * Since the scaling is per feature, it folds into the trained weights ({@code w * factor}), so a
 * scaled model scores raw feature vectors at exactly the cost of an unscaled one.
 *
 * <p>(The sign of r does not matter: the solver's weight takes it, and its L2 penalty is the same
 * for both signs.)
 *
 * @param alpha smoothing count added to every feature's count in each class, &gt; 0
 * @param mix 0 (no scaling) to 1 (scale by |r| alone)
 */
public record NaiveBayesScaling(double alpha, double mix) {

    /** No scaling: the solver sees the features as they are. */
    public static final NaiveBayesScaling NONE = new NaiveBayesScaling(1, 0);

    public NaiveBayesScaling {
        if (!(alpha > 0)) {
            throw new IllegalArgumentException("naive Bayes alpha must be positive, was " + alpha);
        }
        if (!(mix >= 0 && mix <= 1)) {
            throw new IllegalArgumentException("naive Bayes mix must be in [0, 1], was " + mix);
        }
    }

    public boolean enabled() {
        return mix > 0;
    }

    /**
     * The per-feature factors for {@code positive} against every other label, from the documents
     * holding each feature (any non-zero value counts once).
     */
    public float[] factors(List<SparseVector> xs, List<String> ys, String positive, int dimension) {
        double[] p = new double[dimension];
        double[] q = new double[dimension];
        for (int i = 0; i < xs.size(); i++) {
            double[] counts = ys.get(i).equals(positive) ? p : q;
            SparseVector v = xs.get(i);
            int[] idx = v.indices();
            float[] val = v.values();
            for (int j = 0; j < idx.length; j++) {
                if (val[j] != 0) {
                    counts[idx[j]] += 1;
                }
            }
        }
        double sumP = 0;
        double sumQ = 0;
        for (int k = 0; k < dimension; k++) {
            sumP += p[k] + alpha;
            sumQ += q[k] + alpha;
        }
        double logNorm = Math.log(sumQ / sumP);
        float[] factors = new float[dimension];
        for (int k = 0; k < dimension; k++) {
            double r = Math.log((p[k] + alpha) / (q[k] + alpha)) + logNorm;
            factors[k] = (float) (mix * Math.abs(r) + (1 - mix));
        }
        return factors;
    }

    /** A vector with each value multiplied by its feature's factor. */
    public static SparseVector scale(SparseVector v, float[] factors) {
        int[] idx = v.indices();
        float[] val = v.values().clone();
        for (int j = 0; j < idx.length; j++) {
            val[j] *= factors[idx[j]];
        }
        return new SparseVector(idx, val);
    }

    @Override
    public String toString() {
        return "nb(alpha=" + alpha + ", mix=" + mix + ")";
    }
}
