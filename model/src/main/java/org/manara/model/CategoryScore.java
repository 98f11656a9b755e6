package org.manara.model;

import java.util.List;

/** A score in [0, 1] for one category and the evidence that drove it. */
public record CategoryScore(double score, List<Evidence> evidence) {

    public CategoryScore {
        if (Double.isNaN(score) || score < 0.0 || score > 1.0) {
            throw new IllegalArgumentException("score must be in [0, 1], was " + score);
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public static CategoryScore of(double score) {
        return new CategoryScore(score, List.of());
    }
}
