package org.manara.model.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.manara.model.Json;
import org.manara.model.PostValidator;

class SyntheticPostsTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void sameSeedSameStream() {
        assertThat(new SyntheticPosts(7, START, 50).take(500))
                .isEqualTo(new SyntheticPosts(7, START, 50).take(500));
    }

    @Test
    void everyPostIsValidAndIdsAreUnique() throws Exception {
        PostValidator validator = new PostValidator();
        SyntheticPosts posts = new SyntheticPosts(1, START, 100);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 5_000; i++) {
            byte[] json = Json.mapper().writeValueAsBytes(posts.next());
            var result = validator.validate(json);
            assertThat(result.problems()).isEmpty();
            assertThat(ids.add(result.post().id())).isTrue();
        }
    }

    @Test
    void mixesEveryKindInPlausibleShares() {
        SyntheticPosts posts = new SyntheticPosts(3, START, 100);
        Map<SampleKind, Integer> counts = new EnumMap<>(SampleKind.class);
        for (int i = 0; i < 20_000; i++) {
            counts.merge(posts.nextLabelled().kind(), 1, Integer::sum);
        }
        assertThat(counts.keySet()).containsExactlyInAnyOrder(SampleKind.values());
        assertThat(counts.get(SampleKind.SPAM)).isBetween(1_500, 3_000);
        assertThat(counts.get(SampleKind.CHATTER_AR)).isBetween(5_000, 8_000);
        assertThat(counts.get(SampleKind.CAMPAIGN)).isBetween(1_000, 6_000);
    }

    @Test
    void campaignPostsShareHashtagsAcrossManyAccounts() {
        SyntheticPosts posts = new SyntheticPosts(11, START, 100);
        Map<String, Set<String>> authorsByTag = new java.util.HashMap<>();
        for (int i = 0; i < 10_000; i++) {
            SyntheticPost p = posts.nextLabelled();
            if (p.kind() == SampleKind.CAMPAIGN) {
                for (String tag : p.post().hashtags()) {
                    authorsByTag
                            .computeIfAbsent(tag, t -> new HashSet<>())
                            .add(p.post().author().id());
                }
            }
        }
        assertThat(authorsByTag.values()).anySatisfy(a -> assertThat(a).hasSizeGreaterThan(5));
    }

    @Test
    void malformedRecordsAreAllRejected() {
        PostValidator validator = new PostValidator();
        for (int i = 0; i < 20; i++) {
            assertThat(validator.validate(SyntheticPosts.malformed(i)).valid())
                    .as("malformed(%d)", i)
                    .isFalse();
        }
        assertThat(List.of(SyntheticPosts.malformed(0), SyntheticPosts.malformed(10)))
                .doesNotContainNull();
    }
}
