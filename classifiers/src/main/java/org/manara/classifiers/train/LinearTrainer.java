package org.manara.classifiers.train;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.manara.classifiers.features.SparseVector;

/**
 * Fits a {@link LinearModel} with liblinear (Fan et al., JMLR 2008; the Java port
 * de.bwaldvogel:liblinear): deterministic, pure Java, and the solver behind most published linear
 * text-classification baselines.
 */
public final class LinearTrainer {

    private LinearTrainer() {}

    /**
     * Trains on vectors whose indices lie in {@code [0, dimension)}.
     *
     * <p>With {@link TrainerConfig#naiveBayes() naive Bayes scaling}, each one-vs-rest row is
     * trained on features scaled for its own class (as liblinear trains a multi-class model: one
     * binary problem per class, that class's weight on its positives) and the factors are folded
     * into the row's weights, so the model scores unscaled vectors.
     *
     * @param labelOrder the labels in model order; for two labels the second is the positive one
     */
    public static LinearModel train(
            List<SparseVector> xs,
            List<String> ys,
            List<String> labelOrder,
            int dimension,
            String features,
            TrainerConfig config,
            Map<String, String> info) {
        if (xs.size() != ys.size() || xs.isEmpty()) {
            throw new IllegalArgumentException("need as many labels as vectors, and at least one");
        }
        int[] y = new int[ys.size()];
        boolean[] present = new boolean[labelOrder.size()];
        for (int i = 0; i < ys.size(); i++) {
            y[i] = labelOrder.indexOf(ys.get(i));
            if (y[i] < 0) {
                throw new IllegalArgumentException(
                        "label '" + ys.get(i) + "' not in " + labelOrder);
            }
            present[y[i]] = true;
        }
        int classes = 0;
        for (boolean p : present) {
            classes += p ? 1 : 0;
        }
        if (classes != labelOrder.size()) {
            throw new IllegalArgumentException(
                    "training data holds "
                            + classes
                            + " of the "
                            + labelOrder.size()
                            + " labels "
                            + labelOrder);
        }
        double[] classWeight = new double[labelOrder.size()];
        for (int k = 0; k < classWeight.length; k++) {
            classWeight[k] = config.classWeights().getOrDefault(labelOrder.get(k), 1.0);
        }
        int k = labelOrder.size();
        int rows = k == 2 ? 1 : k;
        float[][] weights = new float[rows][];
        float[] bias = new float[rows];
        NaiveBayesScaling nb = config.naiveBayes();
        if (!nb.enabled() && k > 2) {
            Model model = solve(xs, y, dimension, config, classWeight);
            int[] modelLabels = model.getLabels();
            double[] w = model.getFeatureWeights();
            for (int c = 0; c < k; c++) {
                int row = modelLabels[c];
                weights[row] = new float[dimension];
                for (int f = 0; f < dimension; f++) {
                    weights[row][f] = (float) w[f * k + c];
                }
                bias[row] = (float) w[dimension * k + c];
            }
        } else {
            // One binary problem per row: label 1 against the rest for two labels, else each class
            // against the others with that class's weight on its positives and 1 on the rest.
            for (int row = 0; row < rows; row++) {
                int positive = k == 2 ? 1 : row;
                List<SparseVector> rowXs = xs;
                float[] factors = null;
                if (nb.enabled()) {
                    factors = nb.factors(xs, ys, labelOrder.get(positive), dimension);
                    float[] f = factors;
                    rowXs = xs.stream().map(v -> NaiveBayesScaling.scale(v, f)).toList();
                }
                int[] binary = new int[y.length];
                for (int i = 0; i < y.length; i++) {
                    binary[i] = y[i] == positive ? 1 : 0;
                }
                double[] binaryWeight =
                        k == 2 ? classWeight : new double[] {1.0, classWeight[positive]};
                Model model = solve(rowXs, binary, dimension, config, binaryWeight);
                // liblinear's single column scores its first label; ours scores label 1.
                double sign = model.getLabels()[0] == 1 ? 1.0 : -1.0;
                double[] w = model.getFeatureWeights();
                weights[row] = new float[dimension];
                for (int f = 0; f < dimension; f++) {
                    double scale = factors == null ? 1.0 : factors[f];
                    weights[row][f] = (float) (sign * w[f] * scale);
                }
                bias[row] = (float) (sign * w[dimension]);
            }
        }
        Map<String, String> fullInfo = new HashMap<>(info);
        fullInfo.put("trainer", "liblinear " + solverType(config) + " " + config);
        fullInfo.put("examples", Integer.toString(xs.size()));
        return new LinearModel(labelOrder, features, weights, bias, fullInfo);
    }

    private static SolverType solverType(TrainerConfig config) {
        return config.solver().equals("lr") ? SolverType.L2R_LR : SolverType.L2R_L2LOSS_SVC_DUAL;
    }

    /**
     * One liblinear fit; {@code y} holds label indices, {@code classWeight} a C multiplier each.
     */
    private static Model solve(
            List<SparseVector> xs,
            int[] y,
            int dimension,
            TrainerConfig config,
            double[] classWeight) {
        Problem problem = new Problem();
        problem.l = xs.size();
        problem.n = dimension + 1; // the last index is the bias feature
        problem.bias = 1.0;
        problem.x = new Feature[xs.size()][];
        problem.y = new double[xs.size()];
        for (int i = 0; i < xs.size(); i++) {
            SparseVector v = xs.get(i);
            Feature[] row = new Feature[v.size() + 1];
            for (int j = 0; j < v.size(); j++) {
                row[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
            }
            row[v.size()] = new FeatureNode(dimension + 1, 1.0);
            problem.x[i] = row;
            problem.y[i] = y[i];
        }
        Parameter parameter = new Parameter(solverType(config), config.c(), config.epsilon());
        List<Integer> weightLabels = new ArrayList<>();
        List<Double> weightValues = new ArrayList<>();
        for (int label = 0; label < classWeight.length; label++) {
            if (classWeight[label] != 1.0) {
                weightLabels.add(label);
                weightValues.add(classWeight[label]);
            }
        }
        if (!weightLabels.isEmpty()) {
            parameter.setWeights(
                    weightValues.stream().mapToDouble(Double::doubleValue).toArray(),
                    weightLabels.stream().mapToInt(Integer::intValue).toArray());
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        return Linear.train(problem, parameter);
    }
}
