package org.manara.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * A post with what the pipeline computed for it: the text analysis, the classifier scores, the
 * counter values the rules saw ({@code counters.<name>}), and the verdict. The document Manara
 * indexes and serves.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ScoredPost(
        Post post,
        TextAnalysis analysis,
        Scores scores,
        Map<String, Long> counters,
        Verdict verdict,
        Instant scoredAt) {

    public ScoredPost {
        counters = counters == null ? Map.of() : Map.copyOf(new TreeMap<>(counters));
    }

    /** A scored post without text analysis or counters (tests, replays of bare scores). */
    public ScoredPost(Post post, Scores scores, Verdict verdict, Instant scoredAt) {
        this(post, null, scores, Map.of(), verdict, scoredAt);
    }

    /** Whether the post needs a moderator: its verdict's action is flag or stronger. */
    @JsonProperty(value = "flagged", access = JsonProperty.Access.READ_ONLY)
    public boolean flagged() {
        return verdict != null && verdict.action().needsReview();
    }
}
