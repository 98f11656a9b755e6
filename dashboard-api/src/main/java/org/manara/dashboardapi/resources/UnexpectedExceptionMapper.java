package org.manara.dashboardapi.resources;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import org.eclipse.jetty.io.EofException;
import org.manara.dashboardapi.api.ProblemDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last resort: a bug or an unexpected failure becomes a 500 problem with a reference id. The
 * stack trace goes to the log under that id, never to the client.
 */
@Provider
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);

    @Override
    public Response toResponse(Throwable exception) {
        if (exception instanceof EofException) {
            // The client went away mid-request; nobody is left to answer.
            LOG.debug("client disconnected: {}", exception.getMessage());
            return ProblemDetail.http(400, "The request ended early.").toResponse();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("unexpected error, reference {}", reference, exception);
        return ProblemDetail.of(
                        500,
                        "internal-error",
                        "Internal server error",
                        "The server failed to handle the request; reference " + reference + ".")
                .with("reference", reference)
                .toResponse();
    }
}
