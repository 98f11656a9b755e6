package org.manara.rules.format;

import java.util.Map;

/**
 * The input of an embedded rule test as written, checked against {@link InputSchema}: field name to
 * value ({@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code List<String>} or
 * {@code java.time.Instant}). {@code campaign} is null when the test has none.
 */
public record TestValues(
        Map<String, Object> post,
        Map<String, Object> author,
        Map<String, Double> scores,
        Map<String, Long> counters,
        Map<String, Object> campaign) {

    public TestValues {
        post = Map.copyOf(post);
        author = Map.copyOf(author);
        scores = Map.copyOf(scores);
        counters = Map.copyOf(counters);
        campaign = campaign == null ? null : Map.copyOf(campaign);
    }
}
