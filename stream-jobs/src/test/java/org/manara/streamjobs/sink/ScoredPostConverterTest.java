package org.manara.streamjobs.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.manara.model.Json;
import org.manara.model.ScoredPost;
import org.manara.model.Scores;
import org.manara.model.Verdict;
import org.manara.streamjobs.testing.TestPosts;

class ScoredPostConverterTest {

    @Test
    void documentIsTheScoredPostJsonUnderThePostIdInItsDailyIndex() throws Exception {
        ScoredPost scored = TestPosts.scored("p-1");
        IndexRequestEntry entry = ScoredPostConverter.convert(PostsIndex.defaults(), scored);

        assertThat(entry.index()).isEqualTo("manara-posts-2026.03.01");
        assertThat(entry.id()).isEqualTo("p-1");
        assertThat(Json.mapper().readValue(entry.document(), ScoredPost.class)).isEqualTo(scored);
        JsonNode doc = Json.mapper().readTree(entry.document());
        assertThat(doc.get("flagged").asBoolean()).isFalse();
        assertThat(doc.at("/post/created_at").asText()).isEqualTo("2026-03-01T12:00:00Z");
    }

    @Test
    void theSamePostAlwaysGetsTheSameIndexAndId() {
        ScoredPost first = TestPosts.scored("same");
        ScoredPost replay =
                new ScoredPost(
                        first.post(),
                        new Scores(null, "v2"),
                        Verdict.allow("r2"),
                        first.scoredAt().plusSeconds(60));
        IndexRequestEntry a = ScoredPostConverter.convert(PostsIndex.defaults(), first);
        IndexRequestEntry b = ScoredPostConverter.convert(PostsIndex.defaults(), replay);
        assertThat(b.index()).isEqualTo(a.index());
        assertThat(b.id()).isEqualTo(a.id());
    }

    @Test
    void overlongIdsAreHashedDeterministically() {
        String longId = "x".repeat(600);
        String id = DocumentIds.of(longId);
        assertThat(id).startsWith("sha256:").hasSize(7 + 64).isEqualTo(DocumentIds.of(longId));
        assertThat(DocumentIds.of("é".repeat(257))).startsWith("sha256:"); // 514 bytes
        assertThat(DocumentIds.of("a".repeat(512))).isEqualTo("a".repeat(512));
    }
}
