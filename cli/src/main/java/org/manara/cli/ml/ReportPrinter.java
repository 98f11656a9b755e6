package org.manara.cli.ml;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import org.manara.classifiers.eval.ClassMetrics;
import org.manara.classifiers.eval.EvaluationReport;
import org.manara.classifiers.eval.Metrics;

/** Prints an evaluation report as a short table for people. */
final class ReportPrinter {
    private ReportPrinter() {}

    static void print(EvaluationReport r, PrintWriter out) {
        Metrics m = r.metrics();
        out.printf(Locale.ROOT, "task      %s%n", r.task());
        out.printf(Locale.ROOT, "dataset   %s (n = %d)%n", r.dataset(), r.n());
        out.printf(Locale.ROOT, "protocol  %s%n%n", r.protocol());
        out.printf(
                Locale.ROOT,
                "accuracy %.4f   macro-F1 %.4f   weighted-F1 %.4f   MCC %.4f%n%n",
                m.accuracy(),
                m.macroF1(),
                m.weightedF1(),
                m.mcc());
        out.printf(
                Locale.ROOT,
                "%-12s %9s %9s %9s %9s%n",
                "class",
                "precision",
                "recall",
                "F1",
                "support");
        for (Map.Entry<String, ClassMetrics> e : m.perClass().entrySet()) {
            ClassMetrics c = e.getValue();
            out.printf(
                    Locale.ROOT,
                    "%-12s %9.4f %9.4f %9.4f %9d%n",
                    e.getKey(),
                    c.precision(),
                    c.recall(),
                    c.f1(),
                    c.support());
        }
        if (!r.baseline().isEmpty()) {
            out.printf(Locale.ROOT, "%npublished baseline%n");
            for (Map.Entry<String, Object> e : r.baseline().entrySet()) {
                out.printf(Locale.ROOT, "  %-30s %s%n", e.getKey(), e.getValue());
            }
        }
    }
}
