package org.manara.dashboardapi.auth;

import io.dropwizard.auth.UnauthorizedHandler;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.manara.dashboardapi.api.ProblemDetail;

/**
 * The 401 answer for a missing or unknown key: a problem body (not Dropwizard's plain text) and the
 * {@code WWW-Authenticate} challenge RFC 6750 asks for. It never echoes what was sent.
 */
public final class ProblemUnauthorizedHandler implements UnauthorizedHandler {

    @Override
    public Response buildResponse(String prefix, String realm) {
        ProblemDetail problem =
                ProblemDetail.of(
                        401,
                        "unauthorized",
                        "Unauthorized",
                        "Send a valid API key as 'Authorization: Bearer <key>'.");
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, prefix + " realm=\"" + realm + "\"")
                .type(ProblemDetail.MEDIA_TYPE_TYPE)
                .entity(problem)
                .build();
    }
}
