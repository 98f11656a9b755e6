package org.manara.dashboardapi.resources;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.manara.dashboardapi.api.ProblemDetail;

/** A request error that carries its own problem body; the exception mapper returns it unchanged. */
public class ProblemException extends WebApplicationException {

    public ProblemException(ProblemDetail problem) {
        this(problem.title() + ": " + problem.detail(), problem.toResponse());
    }

    /** A problem response that also tells the client when to retry (for 503s). */
    public ProblemException(ProblemDetail problem, int retryAfterSeconds) {
        this(problem);
        getResponse().getHeaders().putSingle(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
    }

    private ProblemException(String message, Response response) {
        super(message, response);
    }

    public static ProblemException of(int status, String slug, String title, String detail) {
        return new ProblemException(ProblemDetail.of(status, slug, title, detail));
    }

    /** This problem with one more response header. */
    public ProblemException withHeader(String name, Object value) {
        return new ProblemException(
                getMessage(), Response.fromResponse(getResponse()).header(name, value).build());
    }
}
