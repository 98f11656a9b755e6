package org.manara.dashboardapi.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import org.manara.dashboardapi.api.ProblemDetail;

/**
 * Refuses an API key passed as the {@code access_token} query parameter, which Dropwizard's OAuth
 * filter would otherwise accept: URLs end up in access logs, proxies and browser history, so keys
 * go only in the {@code Authorization} header.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class KeyInUrlFilter implements ContainerRequestFilter {
    static final String PARAM = "access_token";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getUriInfo().getQueryParameters().containsKey(PARAM)) {
            request.abortWith(
                    ProblemDetail.of(
                                    400,
                                    "key-in-url",
                                    "API key in URL",
                                    "Send the API key as 'Authorization: Bearer <key>', never in"
                                            + " the URL (URLs are logged); consider this key"
                                            + " exposed and replace it.")
                            .toResponse());
        }
    }
}
