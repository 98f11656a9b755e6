package org.manara.model;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one registry of Elasticsearch index names. Scored posts live in daily indices named after the
 * post's own {@code created_at} day (so a replay lands on the same index and document id) behind
 * the alias {@link #POSTS_ALIAS}.
 */
public final class Indices {
    /** The alias that every daily posts index belongs to; queries go through it. */
    public static final String POSTS_ALIAS = "manara-posts";

    /** The index template covering every daily posts index. */
    public static final String POSTS_TEMPLATE = "manara-posts-template";

    /** The pattern the template applies to. */
    public static final String POSTS_PATTERN = POSTS_ALIAS + "-*";

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);

    /** The daily index a post created at {@code createdAt} belongs to. */
    public static String postsIndexFor(Instant createdAt) {
        return postsIndexFor(POSTS_ALIAS, createdAt);
    }

    /**
     * The daily index under another alias ({@code <alias>-yyyy.MM.dd}): tests use unique aliases so
     * they can share one node.
     */
    public static String postsIndexFor(String alias, Instant createdAt) {
        return alias + "-" + DAY.format(createdAt);
    }

    private Indices() {}
}
