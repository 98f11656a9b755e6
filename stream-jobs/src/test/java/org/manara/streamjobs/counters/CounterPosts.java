package org.manara.streamjobs.counters;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.manara.model.Author;
import org.manara.model.Post;
import org.manara.model.Scores;
import org.manara.model.TextAnalysis;
import org.manara.rules.counters.CounterKey;
import org.manara.rules.counters.CounterSpec;
import org.manara.streamjobs.pipeline.EnrichedPost;

/** Enriched posts and counter specs for the counter tests. */
final class CounterPosts {
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    static EnrichedPost post(String id, String author, Instant at) {
        return post(id, author, at, List.of(), List.of(), List.of());
    }

    static EnrichedPost post(
            String id,
            String author,
            Instant at,
            List<String> urls,
            List<String> hashtags,
            List<String> lshBands) {
        Post post =
                new Post(
                        id,
                        "test",
                        Author.of(author),
                        "text of " + id,
                        "en",
                        at,
                        null,
                        null,
                        null,
                        urls,
                        hashtags,
                        null,
                        null);
        TextAnalysis analysis = new TextAnalysis("text of " + id, "en", 1.0, "0", lshBands);
        return new EnrichedPost(post, analysis, new Scores(null, "test"), null, "trace-" + id);
    }

    static CounterSpec posts(String name, CounterKey key, Duration window) {
        return new CounterSpec(name, "test", key, null, window);
    }

    static CounterSpec distinct(String name, CounterKey key, CounterKey distinct, Duration window) {
        return new CounterSpec(name, "test", key, distinct, window);
    }

    private CounterPosts() {}
}
