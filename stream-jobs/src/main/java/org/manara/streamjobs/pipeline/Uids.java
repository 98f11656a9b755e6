package org.manara.streamjobs.pipeline;

/**
 * Stable operator uids of the moderation pipeline. Savepoints map state to operators by these
 * names, so they never change once released; a new operator gets a new uid.
 */
public final class Uids {
    public static final String POSTS_SOURCE = "posts-source";
    public static final String VALIDATE = "validate-posts";
    public static final String SCORE = "score-posts";
    public static final String DEAD_LETTER_SINK = "dead-letter-sink";
    public static final String POSTS_SINK = "posts-elasticsearch-sink";

    private Uids() {}
}
