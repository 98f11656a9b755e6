package org.manara.rules.engine;

import java.util.HashMap;
import java.util.Map;
import org.manara.model.CategoryScore;
import org.manara.model.Post;
import org.manara.model.Scores;

/**
 * Everything a rule set evaluates for one post: the post, its author, the classifier scores by
 * category key, the counter values by counter name, and the campaign ({@code null} when the post is
 * in none). Missing scores and counters read as 0.
 */
public record RuleInput(
        PostFacts post,
        AuthorFacts author,
        Map<String, Double> scores,
        Map<String, Long> counters,
        CampaignFacts campaign) {

    public RuleInput {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
        counters = counters == null ? Map.of() : Map.copyOf(counters);
    }

    /**
     * The input for a model post and its scores, normalising the text with {@code normalizer}, the
     * author's age taken at the post's time.
     */
    public static RuleInput of(
            Post post,
            Scores scores,
            Map<String, Long> counters,
            CampaignFacts campaign,
            TextNormalizer normalizer) {
        return new RuleInput(
                PostFacts.from(post, normalizer),
                AuthorFacts.from(post.author(), post.createdAt()),
                scoreMap(scores),
                counters,
                campaign);
    }

    /** This input with other author facts (verification, prior actions from an account store). */
    public RuleInput withAuthor(AuthorFacts facts) {
        return new RuleInput(post, facts, scores, counters, campaign);
    }

    static Map<String, Double> scoreMap(Scores scores) {
        Map<String, Double> m = new HashMap<>();
        if (scores != null) {
            for (Map.Entry<String, CategoryScore> e : scores.categories().entrySet()) {
                m.put(e.getKey(), e.getValue().score());
            }
        }
        return m;
    }
}
