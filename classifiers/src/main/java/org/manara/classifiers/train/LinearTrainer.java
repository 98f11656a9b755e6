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
            int y = labelOrder.indexOf(ys.get(i));
            if (y < 0) {
                throw new IllegalArgumentException(
                        "label '" + ys.get(i) + "' not in " + labelOrder);
            }
            problem.y[i] = y;
        }
        SolverType solver =
                config.solver().equals("lr") ? SolverType.L2R_LR : SolverType.L2R_L2LOSS_SVC_DUAL;
        Parameter parameter = new Parameter(solver, config.c(), config.epsilon());
        List<Integer> weightLabels = new ArrayList<>();
        List<Double> weightValues = new ArrayList<>();
        for (Map.Entry<String, Double> e : config.classWeights().entrySet()) {
            int y = labelOrder.indexOf(e.getKey());
            if (y >= 0) {
                weightLabels.add(y);
                weightValues.add(e.getValue());
            }
        }
        if (!weightLabels.isEmpty()) {
            parameter.setWeights(
                    weightValues.stream().mapToDouble(Double::doubleValue).toArray(),
                    weightLabels.stream().mapToInt(Integer::intValue).toArray());
        }
        Linear.disableDebugOutput();
        Linear.resetRandom();
        Model model = Linear.train(problem, parameter);
        Map<String, String> fullInfo = new HashMap<>(info);
        fullInfo.put("trainer", "liblinear " + solver + " " + config);
        fullInfo.put("examples", Integer.toString(xs.size()));
        return toModel(model, labelOrder, dimension, features, fullInfo);
    }

    /** Copies liblinear's weights (feature-major, one column per class) into dense rows. */
    private static LinearModel toModel(
            Model model,
            List<String> labelOrder,
            int dimension,
            String features,
            Map<String, String> info) {
        if (model.getNrClass() != labelOrder.size()) {
            throw new IllegalArgumentException(
                    "training data holds "
                            + model.getNrClass()
                            + " of the "
                            + labelOrder.size()
                            + " labels "
                            + labelOrder);
        }
        int[] modelLabels = model.getLabels();
        double[] w = model.getFeatureWeights();
        int k = labelOrder.size();
        int columns = model.getNrClass() == 2 ? 1 : model.getNrClass();
        int rows = k == 2 ? 1 : k;
        float[][] weights = new float[rows][dimension];
        float[] bias = new float[rows];
        if (k == 2) {
            // liblinear's single column scores its first label; ours scores label 1.
            double sign = modelLabels[0] == 1 ? 1.0 : -1.0;
            for (int f = 0; f < dimension; f++) {
                weights[0][f] = (float) (sign * w[f * columns]);
            }
            bias[0] = (float) (sign * w[dimension * columns]);
        } else {
            for (int c = 0; c < columns; c++) {
                int row = modelLabels[c];
                for (int f = 0; f < dimension; f++) {
                    weights[row][f] = (float) w[f * columns + c];
                }
                bias[row] = (float) w[dimension * columns + c];
            }
        }
        return new LinearModel(labelOrder, features, weights, bias, info);
    }
}
