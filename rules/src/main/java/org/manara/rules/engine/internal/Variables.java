package org.manara.rules.engine.internal;

import dev.cel.runtime.CelVariableResolver;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.manara.model.Category;
import org.manara.rules.engine.AuthorFacts;
import org.manara.rules.engine.CampaignFacts;
import org.manara.rules.engine.PostFacts;
import org.manara.rules.engine.RuleInput;

/**
 * The CEL variables for one input, built once per post and shared by every rule. Scores and
 * declared counters are always present (0 when not supplied); author fields the platform did not
 * report and every campaign field of a post in no campaign are absent, so {@code
 * has(author.age_days)} and {@code has(campaign.id)} tell.
 */
public final class Variables implements CelVariableResolver {
    private static final Map<String, Object> NO_CAMPAIGN = Map.of();

    private final Optional<Object> post;
    private final Optional<Object> author;
    private final Optional<Object> scores;
    private final Optional<Object> counters;
    private final Optional<Object> campaign;

    public Variables(RuleInput input, List<String> counterNames) {
        this.post = Optional.of(post(input.post()));
        this.author = Optional.of(author(input.author()));
        Map<String, Object> s = new HashMap<>(16);
        for (Category c : Category.values()) {
            Double v = input.scores().get(c.key());
            s.put(c.key(), v == null ? 0.0 : v);
        }
        this.scores = Optional.of(s);
        Map<String, Object> c = new HashMap<>(Math.max(16, counterNames.size() * 2));
        for (String name : counterNames) {
            Long v = input.counters().get(name);
            c.put(name, v == null ? 0L : v);
        }
        this.counters = Optional.of(c);
        this.campaign = Optional.of(campaign(input.campaign()));
    }

    @Override
    public Optional<Object> find(String name) {
        return switch (name) {
            case "post" -> post;
            case "author" -> author;
            case "scores" -> scores;
            case "counters" -> counters;
            case "campaign" -> campaign;
            default -> Optional.empty();
        };
    }

    private static Map<String, Object> post(PostFacts p) {
        Map<String, Object> m = new HashMap<>(24);
        m.put("id", p.id());
        m.put("platform", p.platform());
        m.put("text", p.text());
        m.put("normalized_text", p.normalizedText());
        m.put("lang", p.lang());
        m.put("urls", p.urls());
        m.put("domains", p.domains());
        m.put("hashtags", p.hashtags());
        m.put("mentions", p.mentions());
        m.put("created_at", p.createdAt());
        m.put("is_reply", p.isReply());
        m.put("is_repost", p.isRepost());
        return m;
    }

    private static Map<String, Object> author(AuthorFacts a) {
        Map<String, Object> m = new HashMap<>(16);
        m.put("id", a.id());
        m.put("handle", a.handle());
        if (a.ageDays() != null) {
            m.put("age_days", a.ageDays());
        }
        if (a.followers() != null) {
            m.put("followers", a.followers());
        }
        if (a.following() != null) {
            m.put("following", a.following());
        }
        m.put("verified", a.verified());
        m.put("prior_actions", a.priorActions());
        return m;
    }

    private static Map<String, Object> campaign(CampaignFacts c) {
        if (c == null) {
            return NO_CAMPAIGN;
        }
        Map<String, Object> m = new HashMap<>(8);
        m.put("id", c.id() == null ? "" : c.id());
        m.put("size", c.size());
        m.put("score", c.score());
        return m;
    }
}
