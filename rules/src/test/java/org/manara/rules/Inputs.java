package org.manara.rules;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.manara.rules.engine.AuthorFacts;
import org.manara.rules.engine.CampaignFacts;
import org.manara.rules.engine.PostFacts;
import org.manara.rules.engine.RuleInput;
import org.manara.rules.engine.TextNormalizer;

/** Rule inputs for tests, built field by field. */
public final class Inputs {
    private String text = "";
    private List<String> urls = List.of();
    private List<String> mentions = List.of();
    private List<String> hashtags = List.of();
    private String lang = "en";
    private boolean reply;
    private Long ageDays;
    private Long followers;
    private String authorId = "a-1";
    private long priorActions;
    private Map<String, Double> scores = Map.of();
    private Map<String, Long> counters = Map.of();
    private CampaignFacts campaign;

    public static Inputs post(String text) {
        Inputs i = new Inputs();
        i.text = text;
        return i;
    }

    public Inputs urls(String... urls) {
        this.urls = List.of(urls);
        return this;
    }

    public Inputs mentions(String... mentions) {
        this.mentions = List.of(mentions);
        return this;
    }

    public Inputs hashtags(String... tags) {
        this.hashtags = List.of(tags);
        return this;
    }

    public Inputs lang(String lang) {
        this.lang = lang;
        return this;
    }

    public Inputs reply() {
        this.reply = true;
        return this;
    }

    public Inputs ageDays(long days) {
        this.ageDays = days;
        return this;
    }

    public Inputs followers(long n) {
        this.followers = n;
        return this;
    }

    public Inputs author(String id) {
        this.authorId = id;
        return this;
    }

    public Inputs priorActions(long n) {
        this.priorActions = n;
        return this;
    }

    public Inputs scores(Map<String, Double> scores) {
        this.scores = scores;
        return this;
    }

    public Inputs score(String category, double score) {
        this.scores = Map.of(category, score);
        return this;
    }

    public Inputs counters(Map<String, Long> counters) {
        this.counters = counters;
        return this;
    }

    public Inputs campaign(String id, long size, double score) {
        this.campaign = new CampaignFacts(id, size, score);
        return this;
    }

    public RuleInput build() {
        PostFacts post =
                new PostFacts(
                        "p-1",
                        "test",
                        text,
                        TextNormalizer.basic().normalize(text),
                        lang,
                        urls,
                        null,
                        hashtags,
                        mentions,
                        Instant.parse("2026-05-01T10:00:00Z"),
                        reply,
                        false);
        AuthorFacts author =
                new AuthorFacts(
                        authorId, "h-" + authorId, ageDays, followers, null, false, priorActions);
        return new RuleInput(post, author, scores, counters, campaign);
    }
}
