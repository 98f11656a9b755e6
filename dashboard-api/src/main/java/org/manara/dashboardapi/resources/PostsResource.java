package org.manara.dashboardapi.resources;

import com.codahale.metrics.annotation.ExceptionMetered;
import com.codahale.metrics.annotation.Timed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Optional;
import org.manara.dashboardapi.api.PostsPage;
import org.manara.dashboardapi.api.ProblemDetail;
import org.manara.dashboardapi.auth.Roles;
import org.manara.dashboardapi.core.PostQuery;
import org.manara.dashboardapi.core.PostStore;
import org.manara.dashboardapi.core.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/posts?flagged=true&limit=N}: scored posts, newest first. Query parameters are
 * read as strings and checked here: Jersey would answer a malformed typed parameter with a bare
 * 404.
 */
@Path("/api/v1/posts")
@RolesAllowed({Roles.MODERATOR, Roles.ANALYST, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class PostsResource {
    private static final Logger LOG = LoggerFactory.getLogger(PostsResource.class);

    private final PostStore store;

    public PostsResource(PostStore store) {
        this.store = store;
    }

    @GET
    @Timed
    @ExceptionMetered
    public PostsPage list(
            @QueryParam("flagged") String flagged, @QueryParam("limit") String limit) {
        PostQuery query = new PostQuery(flagged(flagged), limit(limit));
        try {
            return store.find(query);
        } catch (StoreUnavailableException e) {
            LOG.warn("listing posts failed: {}", e.getMessage());
            throw new ProblemException(
                    ProblemDetail.of(
                            503,
                            "store-unavailable",
                            "Post store unavailable",
                            "Elasticsearch did not answer; try again shortly."),
                    5);
        }
    }

    private static Optional<Boolean> flagged(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(true);
            case "false" -> Optional.of(false);
            default -> throw invalidParameter("'flagged' must be true or false.");
        };
    }

    private static int limit(String value) {
        if (value == null || value.isEmpty()) {
            return PostQuery.DEFAULT_LIMIT;
        }
        int limit;
        try {
            limit = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > PostQuery.MAX_LIMIT) {
            throw invalidParameter(
                    "'limit' must be an integer from 1 to " + PostQuery.MAX_LIMIT + ".");
        }
        return limit;
    }

    private static ProblemException invalidParameter(String detail) {
        return ProblemException.of(400, "invalid-parameter", "Invalid query parameter", detail);
    }
}
