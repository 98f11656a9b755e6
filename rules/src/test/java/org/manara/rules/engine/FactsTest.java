package org.manara.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.manara.model.Author;
import org.manara.model.CategoryScore;
import org.manara.model.Post;
import org.manara.model.Scores;

class FactsTest {
    private static final Instant T = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void postFactsFromAModelPost() {
        Post post =
                new Post(
                        "p-1",
                        "x",
                        new Author(
                                "a-1", "@Amal", Instant.parse("2026-02-20T00:00:00Z"), 10L, null),
                        "Ｓale ٥٠٪ https://www.Shop.example/x",
                        "ar",
                        T,
                        "p-0",
                        null,
                        null,
                        List.of("https://www.Shop.example/x", "http://bit.ly/y", "not a url"),
                        List.of("#Sale", "news"),
                        List.of("@Bob"),
                        null);
        RuleInput in =
                RuleInput.of(
                        post,
                        new Scores(Map.of("spam", CategoryScore.of(0.7)), "m1"),
                        Map.of("author_posts_1h", 3L),
                        null,
                        TextNormalizer.basic());

        assertThat(in.post().normalizedText()).isEqualTo("sale 50٪ https://www.shop.example/x");
        assertThat(in.post().domains()).containsExactly("shop.example", "bit.ly", "not a url");
        assertThat(in.post().hashtags()).containsExactly("sale", "news");
        assertThat(in.post().mentions()).containsExactly("bob");
        assertThat(in.post().isReply()).isTrue();
        assertThat(in.post().isRepost()).isFalse();
        assertThat(in.author().ageDays()).isEqualTo(9L);
        assertThat(in.author().handle()).isEqualTo("Amal");
        assertThat(in.author().followers()).isEqualTo(10L);
        assertThat(in.author().following()).isNull();
        assertThat(in.scores()).isEqualTo(Map.of("spam", 0.7));
        assertThat(in.campaign()).isNull();
        assertThat(in.withAuthor(in.author().withHistory(true, 2)).author().priorActions())
                .isEqualTo(2);
    }

    @Test
    void missingPartsGetSafeDefaults() {
        Post post =
                new Post(
                        "p", null, null, null, null, null, null, null, null, null, null, null,
                        null);
        RuleInput in = RuleInput.of(post, null, null, null, TextNormalizer.basic());
        assertThat(in.post().text()).isEmpty();
        assertThat(in.post().lang()).isEmpty();
        assertThat(in.post().createdAt()).isEqualTo(Instant.EPOCH);
        assertThat(in.author().id()).isEmpty();
        assertThat(in.author().ageDays()).isNull();
        assertThat(in.scores()).isEmpty();
        assertThat(in.counters()).isEmpty();
    }
}
