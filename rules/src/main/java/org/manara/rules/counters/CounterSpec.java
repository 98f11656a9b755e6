package org.manara.rules.counters;

import java.time.Duration;

/**
 * A counter declared in {@code counters.yaml}: within a sliding {@code window}, how many posts
 * share this post's {@code key} (or, with {@code distinct}, how many distinct values of that field
 * those posts have: distinct authors per URL, say). The stream job computes the values; rules read
 * them as {@code counters.<name>}, counting the current post.
 */
public record CounterSpec(
        String name, String description, CounterKey key, CounterKey distinct, Duration window) {

    /** Whether the counter counts distinct values rather than posts. */
    public boolean isDistinct() {
        return distinct != null;
    }
}
