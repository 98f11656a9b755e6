package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** One rule that matched a post: what it asked for and why. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RuleMatch(String ruleId, Action action, List<String> labels, String reason) {

    public RuleMatch {
        labels = labels == null ? List.of() : List.copyOf(labels);
    }
}
