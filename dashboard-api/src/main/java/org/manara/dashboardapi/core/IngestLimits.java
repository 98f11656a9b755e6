package org.manara.dashboardapi.core;

/**
 * How much one ingest request may carry: body bytes (counted while reading), posts, and code points
 * of {@code text} per post.
 */
public record IngestLimits(long maxRequestBytes, int maxPosts, int maxTextLength) {

    public IngestLimits {
        if (maxRequestBytes < 1 || maxPosts < 1 || maxTextLength < 1) {
            throw new IllegalArgumentException(
                    "ingest limits must be positive: "
                            + maxRequestBytes
                            + ", "
                            + maxPosts
                            + ", "
                            + maxTextLength);
        }
    }
}
