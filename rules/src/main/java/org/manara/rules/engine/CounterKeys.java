package org.manara.rules.engine;

import java.util.List;
import org.manara.rules.counters.CounterKey;
import org.manara.rules.counters.CounterSpec;

/**
 * The keys under which a post counts for a counter, for whoever computes the counters (the stream
 * job keys its state by them): the author id, each URL, each canonical domain, each hashtag, or the
 * text fingerprint. A post's counter value is the largest over its keys.
 */
public final class CounterKeys {

    /** The values of {@code key} for a post; empty when it has none (a post without URLs). */
    public static List<String> of(
            CounterKey key, PostFacts post, AuthorFacts author, String fingerprint) {
        return switch (key) {
            case AUTHOR -> author.id().isEmpty() ? List.of() : List.of(author.id());
            case URL -> post.urls();
            case DOMAIN -> post.domains();
            case HASHTAG -> post.hashtags();
            case FINGERPRINT ->
                    fingerprint == null || fingerprint.isEmpty() ? List.of() : List.of(fingerprint);
        };
    }

    /** The keys a post counts under for {@code spec}. */
    public static List<String> of(
            CounterSpec spec, PostFacts post, AuthorFacts author, String fingerprint) {
        return of(spec.key(), post, author, fingerprint);
    }

    /**
     * For a distinct counter, the values this post contributes (its author for "distinct authors
     * per URL"); empty for a counter of posts.
     */
    public static List<String> distinctValues(
            CounterSpec spec, PostFacts post, AuthorFacts author, String fingerprint) {
        return spec.isDistinct() ? of(spec.distinct(), post, author, fingerprint) : List.of();
    }

    private CounterKeys() {}
}
