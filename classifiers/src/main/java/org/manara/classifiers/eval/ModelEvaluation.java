package org.manara.classifiers.eval;

import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.manara.classifiers.data.Dataset;
import org.manara.classifiers.train.Progress;

/**
 * Measures an already trained binary scorer on a labelled set it has never seen (an independent
 * test set): no training, every row predicted once, positive when its score is at least 0.5.
 */
public final class ModelEvaluation {
    private ModelEvaluation() {}

    /**
     * @param positiveScore the probability of the positive label for a raw text
     * @param labels negative then positive; every row's label must be one of them
     */
    public static EvaluationReport evaluate(
            ToDoubleFunction<String> positiveScore,
            List<String> labels,
            Dataset data,
            String task,
            String protocol,
            Map<String, Object> baseline,
            Progress progress) {
        if (labels.size() != 2) {
            throw new IllegalArgumentException("binary scorers only, labels " + labels);
        }
        for (String l : data.counts().keySet()) {
            if (!labels.contains(l)) {
                throw new IllegalArgumentException(
                        "label '" + l + "' is not one of the model's labels " + labels);
            }
        }
        String[] predicted = new String[data.size()];
        progress.start("score " + data.name(), data.size());
        IntStream.range(0, data.size())
                .parallel()
                .forEach(
                        i -> {
                            double p = positiveScore.applyAsDouble(data.rows().get(i).text());
                            predicted[i] = labels.get(p >= 0.5 ? 1 : 0);
                            progress.advance(1);
                        });
        ConfusionMatrix m = new ConfusionMatrix(labels);
        for (int i = 0; i < predicted.length; i++) {
            m.add(data.rows().get(i).label(), predicted[i]);
        }
        return new EvaluationReport(task, data.name(), protocol, m.total(), m.metrics(), baseline);
    }
}
