package org.manara.classifiers.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of (gold, predicted) label pairs and the metrics derived from them. Rows are gold labels,
 * columns predictions, both in the order of {@link #labels()}. Not thread-safe.
 */
public final class ConfusionMatrix {
    private final List<String> labels;
    private final long[][] counts;

    public ConfusionMatrix(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.counts = new long[labels.size()][labels.size()];
    }

    public List<String> labels() {
        return labels;
    }

    public void add(String gold, String predicted) {
        add(index(gold), index(predicted));
    }

    public void add(int gold, int predicted) {
        counts[gold][predicted]++;
    }

    /** Adds every count of another matrix over the same labels (per-fold matrices into one). */
    public void addAll(ConfusionMatrix other) {
        if (!other.labels.equals(labels)) {
            throw new IllegalArgumentException("label sets differ");
        }
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                counts[i][j] += other.counts[i][j];
            }
        }
    }

    public long count(int gold, int predicted) {
        return counts[gold][predicted];
    }

    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    public long support(int k) {
        long s = 0;
        for (long c : counts[k]) {
            s += c;
        }
        return s;
    }

    public long predicted(int k) {
        long s = 0;
        for (long[] row : counts) {
            s += row[k];
        }
        return s;
    }

    public double accuracy() {
        long correct = 0;
        for (int i = 0; i < counts.length; i++) {
            correct += counts[i][i];
        }
        long n = total();
        return n == 0 ? 0.0 : (double) correct / n;
    }

    /** Precision of class k; 0 when nothing was predicted as k (the scikit-learn convention). */
    public double precision(int k) {
        long p = predicted(k);
        return p == 0 ? 0.0 : (double) counts[k][k] / p;
    }

    public double recall(int k) {
        long s = support(k);
        return s == 0 ? 0.0 : (double) counts[k][k] / s;
    }

    public double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            sum += f1(k);
        }
        return sum / counts.length;
    }

    /** F1 averaged with each class weighted by its support (what Davidson et al. report). */
    public double weightedF1() {
        long n = total();
        if (n == 0) {
            return 0.0;
        }
        double sum = 0;
        for (int k = 0; k < counts.length; k++) {
            sum += f1(k) * support(k);
        }
        return sum / n;
    }

    /**
     * Matthews correlation coefficient; for more than two classes Gorodkin's R_K generalisation,
     * which equals the binary MCC for two classes.
     */
    public double mcc() {
        double n = total();
        double correct = 0;
        double sumPt = 0;
        double sumPp = 0;
        double sumTt = 0;
        for (int k = 0; k < counts.length; k++) {
            correct += counts[k][k];
            double t = support(k);
            double p = predicted(k);
            sumPt += p * t;
            sumPp += p * p;
            sumTt += t * t;
        }
        double denom = Math.sqrt(n * n - sumPp) * Math.sqrt(n * n - sumTt);
        return denom == 0 ? 0.0 : (correct * n - sumPt) / denom;
    }

    public Metrics metrics() {
        Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            perClass.put(
                    labels.get(k), new ClassMetrics(precision(k), recall(k), f1(k), support(k)));
        }
        return new Metrics(accuracy(), macroF1(), weightedF1(), mcc(), perClass);
    }

    private int index(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("unknown label '" + label + "'");
        }
        return i;
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("gold\\pred");
        for (String l : labels) {
            sb.append('\t').append(l);
        }
        for (int i = 0; i < counts.length; i++) {
            sb.append('\n').append(labels.get(i));
            for (long c : counts[i]) {
                sb.append('\t').append(c);
            }
        }
        return sb.toString();
    }
}
