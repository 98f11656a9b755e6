package org.manara.rules.engine;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.manara.rules.format.TestValues;

/** Turns the values of an embedded test into a {@link RuleInput}, filling in defaults. */
final class TestInputs {
    /** The time of test posts that give no {@code created_at}. */
    static final Instant TEST_TIME = Instant.parse("2026-01-01T00:00:00Z");

    @SuppressWarnings("unchecked")
    static RuleInput toInput(TestValues v, TextNormalizer normalizer) {
        Map<String, Object> p = v.post();
        String text = (String) p.getOrDefault("text", "");
        String normalized = (String) p.get("normalized_text");
        PostFacts post =
                new PostFacts(
                        (String) p.getOrDefault("id", "test-post"),
                        (String) p.get("platform"),
                        text,
                        normalized != null ? normalized : normalizer.normalize(text),
                        (String) p.get("lang"),
                        (List<String>) p.get("urls"),
                        (List<String>) p.get("domains"),
                        PostFacts.stripped(
                                (List<String>) p.getOrDefault("hashtags", List.of()), '#'),
                        PostFacts.stripped(
                                (List<String>) p.getOrDefault("mentions", List.of()), '@'),
                        (Instant) p.getOrDefault("created_at", TEST_TIME),
                        (Boolean) p.getOrDefault("is_reply", false),
                        (Boolean) p.getOrDefault("is_repost", false));
        Map<String, Object> a = v.author();
        AuthorFacts author =
                new AuthorFacts(
                        (String) a.getOrDefault("id", "test-author"),
                        (String) a.get("handle"),
                        (Long) a.get("age_days"),
                        (Long) a.get("followers"),
                        (Long) a.get("following"),
                        (Boolean) a.getOrDefault("verified", false),
                        (Long) a.getOrDefault("prior_actions", 0L));
        CampaignFacts campaign = null;
        if (v.campaign() != null) {
            Map<String, Object> c = v.campaign();
            campaign =
                    new CampaignFacts(
                            (String) c.get("id"), (Long) c.get("size"), (Double) c.get("score"));
        }
        return new RuleInput(post, author, v.scores(), v.counters(), campaign);
    }

    private TestInputs() {}
}
