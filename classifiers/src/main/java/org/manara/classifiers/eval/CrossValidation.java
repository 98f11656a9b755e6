package org.manara.classifiers.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.manara.classifiers.features.SparseVector;
import org.manara.classifiers.train.LinearModel;
import org.manara.classifiers.train.Progress;

/**
 * Stratified k-fold cross-validation over pre-computed vectors: each fold trains on the other k-1
 * folds and predicts its own; the confusion matrices of all folds are summed (so every example is
 * predicted exactly once, by a model that never saw it). Folds run in parallel.
 */
public final class CrossValidation {
    private CrossValidation() {}

    /** Trains a model from training vectors and their labels. */
    @FunctionalInterface
    public interface Trainer extends BiFunction<List<SparseVector>, List<String>, LinearModel> {}

    public static ConfusionMatrix run(
            List<SparseVector> xs,
            List<String> ys,
            List<String> labels,
            int k,
            long seed,
            Trainer trainer,
            Progress progress) {
        int[] fold = StratifiedKFold.assign(ys, k, seed);
        progress.start("cross-validate (" + k + " folds)", k);
        List<ConfusionMatrix> perFold =
                IntStream.range(0, k)
                        .parallel()
                        .mapToObj(
                                f -> {
                                    ConfusionMatrix m = fold(xs, ys, labels, fold, f, trainer);
                                    progress.advance(1);
                                    return m;
                                })
                        .toList();
        ConfusionMatrix total = new ConfusionMatrix(labels);
        perFold.forEach(total::addAll);
        return total;
    }

    private static ConfusionMatrix fold(
            List<SparseVector> xs,
            List<String> ys,
            List<String> labels,
            int[] fold,
            int f,
            Trainer trainer) {
        List<SparseVector> trainX = new ArrayList<>();
        List<String> trainY = new ArrayList<>();
        for (int i = 0; i < xs.size(); i++) {
            if (fold[i] != f) {
                trainX.add(xs.get(i));
                trainY.add(ys.get(i));
            }
        }
        LinearModel model = trainer.apply(trainX, trainY);
        ConfusionMatrix m = new ConfusionMatrix(labels);
        for (int i = 0; i < xs.size(); i++) {
            if (fold[i] == f) {
                m.add(ys.get(i), model.predict(xs.get(i)));
            }
        }
        return m;
    }

    /** Trains on one set and tests on another (the official-split protocols). */
    public static ConfusionMatrix holdout(
            List<SparseVector> trainX,
            List<String> trainY,
            List<SparseVector> testX,
            List<String> testY,
            List<String> labels,
            Trainer trainer) {
        LinearModel model = trainer.apply(trainX, trainY);
        ConfusionMatrix m = new ConfusionMatrix(labels);
        for (int i = 0; i < testX.size(); i++) {
            m.add(testY.get(i), model.predict(testX.get(i)));
        }
        return m;
    }
}
