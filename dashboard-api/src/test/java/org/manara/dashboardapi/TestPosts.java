package org.manara.dashboardapi;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.manara.model.Action;
import org.manara.model.CategoryScore;
import org.manara.model.Post;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.Verdict;

/** Small, readable post fixtures shared by the tests. */
public final class TestPosts {

    /** A valid post as JSON. */
    public static String validJson(String id) {
        return "{\"id\":\""
                + id
                + "\",\"author\":{\"id\":\"a-"
                + id
                + "\"},\"text\":\"hello "
                + id
                + "\",\"created_at\":\"2026-03-01T12:00:00Z\"}";
    }

    /** A post missing its text and with an unparseable timestamp: two problems. */
    public static String invalidJson(String id) {
        return "{\"id\":\"" + id + "\",\"author\":{\"id\":\"a\"},\"created_at\":\"yesterday\"}";
    }

    public static String array(String... posts) {
        return "[" + String.join(",", posts) + "]";
    }

    public static String ndjson(String... posts) {
        return String.join("\n", posts) + "\n";
    }

    public static ScoredPost scored(String id, Instant createdAt, boolean flagged) {
        Post post = Post.of(id, "author-" + id, "text of " + id, createdAt);
        Scores scores =
                new Scores(Map.of("spam", CategoryScore.of(flagged ? 0.97 : 0.02)), "test-1");
        Verdict verdict =
                new Verdict(
                        flagged ? Action.FLAG : Action.ALLOW,
                        List.of(),
                        List.of(),
                        List.of(),
                        "r1");
        return new ScoredPost(post, scores, verdict, createdAt.plusSeconds(5));
    }

    private TestPosts() {}
}
