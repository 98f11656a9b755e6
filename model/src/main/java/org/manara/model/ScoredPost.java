package org.manara.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** A post with its scores and verdict: the document Manara indexes and serves. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScoredPost(Post post, Scores scores, Verdict verdict, Instant scoredAt) {

    /** Whether the post needs a moderator: its verdict's action is flag or stronger. */
    @JsonProperty(value = "flagged", access = JsonProperty.Access.READ_ONLY)
    public boolean flagged() {
        return verdict != null && verdict.action().needsReview();
    }
}
