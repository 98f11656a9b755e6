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
    public static final String ANALYSE = "analyse-posts";
    public static final String COUNTER_KEYS = "counter-keys";
    public static final String COUNTER_STATE = "counter-state";
    public static final String COUNTER_JOIN = "counter-join";
    public static final String RULES_SOURCE = "rules-source";
    public static final String APPLY_RULES = "apply-rules";
    public static final String VERDICTS_SINK = "verdicts-sink";
    public static final String EVENTS = "events";
    public static final String EVENTS_SINK = "events-sink";

    private Uids() {}
}
