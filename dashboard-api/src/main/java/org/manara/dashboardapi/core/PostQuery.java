package org.manara.dashboardapi.core;

import java.util.Optional;

/**
 * Which posts to list: only flagged, only unflagged or all ({@code flagged} empty), and how many.
 */
public record PostQuery(Optional<Boolean> flagged, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PostQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in [1, " + MAX_LIMIT + "]: " + limit);
        }
        flagged = flagged == null ? Optional.empty() : flagged;
    }
}
