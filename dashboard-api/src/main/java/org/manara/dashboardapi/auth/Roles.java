package org.manara.dashboardapi.auth;

import java.util.Set;

/**
 * The roles an API key can hold. They are strings (not an enum) because {@code @RolesAllowed} needs
 * compile-time constants. A route lists every role it admits, {@link #ADMIN} included; there is no
 * implicit hierarchy, so reading a route's annotation tells the whole story.
 */
public final class Roles {
    /** May push posts in ({@code POST /api/v1/ingest/posts}). */
    public static final String INGEST = "ingest";

    /** Works the review queue. */
    public static final String MODERATOR = "moderator";

    /** Reads posts, trends and campaigns. */
    public static final String ANALYST = "analyst";

    /** Everything. */
    public static final String ADMIN = "admin";

    public static final Set<String> ALL = Set.of(INGEST, MODERATOR, ANALYST, ADMIN);

    private Roles() {}
}
