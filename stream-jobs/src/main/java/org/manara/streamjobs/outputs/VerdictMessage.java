package org.manara.streamjobs.outputs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import org.manara.model.Action;
import org.manara.model.RuleMatch;
import org.manara.model.ScoredPost;
import org.manara.model.Verdict;

/**
 * The value of a record on the {@code verdicts} topic: the decision for one post without the post
 * itself (consumers who need the text read the document), plus the versions that produced it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VerdictMessage(
        String postId,
        Action action,
        List<String> labels,
        List<RuleMatch> matched,
        List<RuleMatch> shadow,
        String rulesetVersion,
        String modelVersion,
        Instant scoredAt,
        Instant postCreatedAt) {

    public VerdictMessage {
        labels = labels == null ? List.of() : List.copyOf(labels);
        matched = matched == null ? List.of() : List.copyOf(matched);
        shadow = shadow == null ? List.of() : List.copyOf(shadow);
    }

    /** The message for a scored post; a post without a verdict counts as allowed. */
    public static VerdictMessage of(ScoredPost scored) {
        Verdict v = scored.verdict() == null ? Verdict.allow(null) : scored.verdict();
        return new VerdictMessage(
                scored.post().id(),
                v.action(),
                v.labels(),
                v.matched(),
                v.shadow(),
                v.rulesetVersion(),
                scored.scores() == null ? null : scored.scores().modelVersion(),
                scored.scoredAt(),
                scored.post().createdAt());
    }
}
