package org.manara.streamjobs.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.Verdict;

/** Small builders for posts and their JSON in tests. */
public final class TestPosts {
    public static final Instant CREATED = Instant.parse("2026-03-01T12:00:00Z");

    public static Post post(String id, String text) {
        return Post.of(id, "u-" + id, text, CREATED);
    }

    public static byte[] json(Post post) {
        try {
            return Json.mapper().writeValueAsBytes(post);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    public static ScoredPost scored(String id) {
        return new ScoredPost(
                post(id, "text of " + id),
                new Scores(null, "test"),
                Verdict.allow("test"),
                CREATED.plusSeconds(1));
    }

    private TestPosts() {}
}
