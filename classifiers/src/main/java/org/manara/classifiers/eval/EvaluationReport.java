package org.manara.classifiers.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of one evaluation protocol: what was measured, on how many examples, the metrics and
 * the published baseline to compare against (free-form: the paper's own metric names).
 */
@JsonPropertyOrder({"task", "dataset", "protocol", "n", "metrics", "baseline"})
public record EvaluationReport(
        String task,
        String dataset,
        String protocol,
        long n,
        Metrics metrics,
        Map<String, Object> baseline) {

    public EvaluationReport {
        // Insertion order is kept: the source first, then the paper's figures as it lists them.
        baseline =
                baseline == null
                        ? Map.of()
                        : Collections.unmodifiableMap(new LinkedHashMap<>(baseline));
    }
}
