package org.manara.dashboardapi.resources;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.manara.dashboardapi.api.ProblemDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every HTTP error Jersey or our code raises (404, 405, 406, 403 from the role check, the
 * auth filter's 401, ...) a problem body. Responses that already carry one pass unchanged; for the
 * others the status and headers (such as {@code Allow} and {@code WWW-Authenticate}) are kept and
 * the entity replaced.
 */
@Provider
public final class WebApplicationExceptionMapper
        implements ExceptionMapper<WebApplicationException> {
    private static final Logger LOG = LoggerFactory.getLogger(WebApplicationExceptionMapper.class);

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        if (original.getEntity() instanceof ProblemDetail) {
            return original;
        }
        int status = original.getStatus();
        if (status >= 500) {
            LOG.error("request failed with {}", status, exception);
        }
        Response.ResponseBuilder problem = Response.status(status);
        for (Map.Entry<String, List<Object>> header : original.getHeaders().entrySet()) {
            if (!header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)
                    && !header.getKey().equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                header.getValue().forEach(v -> problem.header(header.getKey(), v));
            }
        }
        return problem.type(ProblemDetail.MEDIA_TYPE_TYPE)
                .entity(ProblemDetail.http(status, detail(status, original)))
                .build();
    }

    private static String detail(int status, Response original) {
        return switch (status) {
            case 400 -> "The request is malformed.";
            case 401 -> "Send a valid API key as 'Authorization: Bearer <key>'.";
            case 403 -> "This API key does not hold a role this route requires.";
            case 404 -> "No resource at this path. The API is described at /openapi.yaml.";
            case 405 ->
                    "This resource does not support the method; allowed: "
                            + String.join(", ", original.getAllowedMethods())
                            + ".";
            case 406 -> "This resource cannot produce a representation the Accept header allows.";
            case 415 -> "This resource does not read that Content-Type.";
            default ->
                    status >= 500
                            ? "The server failed to handle the request."
                            : "The request could not be handled.";
        };
    }
}
