package org.manara.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The decision reached for a post: the winning action, the labels applied, the enforced rule
 * matches, the shadow-mode matches (recorded, never acted on) and the rule-set version that
 * decided.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Verdict(
        Action action,
        List<String> labels,
        List<RuleMatch> matched,
        List<RuleMatch> shadow,
        String rulesetVersion) {

    public Verdict {
        action = action == null ? Action.ALLOW : action;
        labels = labels == null ? List.of() : List.copyOf(labels);
        matched = matched == null ? List.of() : List.copyOf(matched);
        shadow = shadow == null ? List.of() : List.copyOf(shadow);
    }

    public static Verdict allow(String rulesetVersion) {
        return new Verdict(Action.ALLOW, List.of(), List.of(), List.of(), rulesetVersion);
    }
}
