package org.manara.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonRoundTripTest {
    static final Post FULL =
            new Post(
                    "p-1",
                    "x",
                    new Author("a-1", "@amal", Instant.parse("2020-01-02T03:04:05Z"), 10L, 20L),
                    "مرحبا بالعالم https://t.co/x #news @bob",
                    "ar",
                    Instant.parse("2026-03-01T12:00:00Z"),
                    "p-0",
                    null,
                    "p-q",
                    List.of("https://t.co/x"),
                    List.of("news"),
                    List.of("bob"),
                    List.of("abc123"));

    @Test
    void postRoundTripsWithSnakeCaseFields() throws Exception {
        String json = Json.mapper().writeValueAsString(FULL);
        JsonNode tree = Json.mapper().readTree(json);
        assertThat(tree.get("created_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
        assertThat(tree.get("reply_to").asText()).isEqualTo("p-0");
        assertThat(tree.get("quote_of").asText()).isEqualTo("p-q");
        assertThat(tree.get("media_hashes").get(0).asText()).isEqualTo("abc123");
        assertThat(tree.get("author").get("created_at").asText()).isEqualTo("2020-01-02T03:04:05Z");
        assertThat(tree.has("createdAt")).isFalse();
        assertThat(Json.mapper().readValue(json, Post.class)).isEqualTo(FULL);
    }

    @Test
    void scoredPostRoundTripsAndExposesFlagged() throws Exception {
        Scores scores =
                new Scores(
                        Map.of(
                                Category.SPAM.key(),
                                new CategoryScore(
                                        0.93,
                                        List.of(
                                                new Evidence("url", "t.co", 14, 28, 1.2),
                                                Evidence.feature("caps_ratio", "0.8", 0.4)))),
                        "spam-v1");
        Verdict verdict =
                new Verdict(
                        Action.FLAG,
                        List.of("spam"),
                        List.of(new RuleMatch("spam.high", Action.FLAG, List.of("spam"), "x")),
                        List.of(),
                        "v-abc");
        ScoredPost doc =
                new ScoredPost(FULL, scores, verdict, Instant.parse("2026-03-01T12:00:01Z"));
        String json = Json.mapper().writeValueAsString(doc);
        JsonNode tree = Json.mapper().readTree(json);
        assertThat(tree.get("flagged").asBoolean()).isTrue();
        assertThat(tree.get("verdict").get("action").asText()).isEqualTo("flag");
        assertThat(tree.get("verdict").get("ruleset_version").asText()).isEqualTo("v-abc");
        assertThat(tree.get("scores").get("categories").get("spam").get("score").asDouble())
                .isEqualTo(0.93);
        assertThat(Json.mapper().readValue(json, ScoredPost.class)).isEqualTo(doc);
    }

    @Test
    void deadLetterKeepsRawBytesAndText() throws Exception {
        byte[] raw = {'{', (byte) 0xff, '}'};
        DeadLetter dl =
                DeadLetter.of(raw, List.of(new Problem("$", "bad")), "posts/0/7", Instant.EPOCH);
        DeadLetter back =
                Json.mapper().readValue(Json.mapper().writeValueAsBytes(dl), DeadLetter.class);
        assertThat(back.raw()).isEqualTo(raw);
        assertThat(back.rawText()).isNull();
        assertThat(DeadLetter.of("{}".getBytes(), List.of(), "s", Instant.EPOCH).rawText())
                .isEqualTo("{}");
    }

    @Test
    void actionsOrderFromWeakestToStrongest() {
        assertThat(Action.REMOVE.strongerThan(Action.FLAG)).isTrue();
        assertThat(Action.LABEL.needsReview()).isFalse();
        assertThat(Action.ESCALATE.needsReview()).isTrue();
        assertThat(Action.fromKey("suspend_account")).isEqualTo(Action.SUSPEND_ACCOUNT);
    }

    @Test
    void dailyIndexFollowsTheCreatedAtDayInUtc() {
        assertThat(Indices.postsIndexFor(Instant.parse("2026-03-01T23:59:59Z")))
                .isEqualTo("manara-posts-2026.03.01");
    }
}
