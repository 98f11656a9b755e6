package org.manara.dashboardapi.core;

/** The request holds more posts than the configured limit: 413, nothing is published. */
public class TooManyPostsException extends Exception {
    private final int limit;

    public TooManyPostsException(int limit) {
        super("request holds more than " + limit + " posts");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
