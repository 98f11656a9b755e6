package org.manara.classifiers.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** The metrics every evaluation prints, in the JSON shape of {@code manara eval --json}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"accuracy", "macro_f1", "weighted_f1", "mcc", "per_class"})
public record Metrics(
        double accuracy,
        double macroF1,
        double weightedF1,
        double mcc,
        Map<String, ClassMetrics> perClass) {

    public ClassMetrics of(String label) {
        ClassMetrics m = perClass.get(label);
        if (m == null) {
            throw new IllegalArgumentException("no class '" + label + "' in " + perClass.keySet());
        }
        return m;
    }
}
