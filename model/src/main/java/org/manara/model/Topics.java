package org.manara.model;

/** The one registry of Kafka topic names. Jobs and services take these as defaults. */
public final class Topics {
    /** Incoming posts, JSON, keyed by post id. */
    public static final String POSTS = "posts";

    /** Records that could not be parsed or validated, as {@link DeadLetter} JSON. */
    public static final String POSTS_DEADLETTER = "posts.deadletter";

    /** One verdict per scored post. */
    public static final String VERDICTS = "verdicts";

    /** Events for integrators ({@code post.flagged}, {@code post.removed}, ...). */
    public static final String EVENTS = "events";

    /** Published rule sets (compacted). */
    public static final String RULES = "rules";

    /** Moderator decisions. */
    public static final String DECISIONS = "decisions";

    private Topics() {}
}
