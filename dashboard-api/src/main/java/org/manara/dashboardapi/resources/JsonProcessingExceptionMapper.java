package org.manara.dashboardapi.resources;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.manara.dashboardapi.api.ProblemDetail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JSON request entity Jersey could not read is the client's error (400, with Jackson's own
 * explanation but no source excerpt); any other Jackson failure is ours (500, logged).
 */
@Provider
public final class JsonProcessingExceptionMapper
        implements ExceptionMapper<JsonProcessingException> {
    private static final Logger LOG = LoggerFactory.getLogger(JsonProcessingExceptionMapper.class);

    @Override
    public Response toResponse(JsonProcessingException exception) {
        if (exception instanceof JsonParseException
                || exception instanceof MismatchedInputException) {
            String where =
                    exception.getLocation() == null
                            ? ""
                            : " (line "
                                    + exception.getLocation().getLineNr()
                                    + ", column "
                                    + exception.getLocation().getColumnNr()
                                    + ")";
            return ProblemDetail.of(
                            400,
                            "invalid-json",
                            "Invalid JSON",
                            "The body is not the JSON this resource reads: "
                                    + exception.getOriginalMessage()
                                    + where)
                    .toResponse();
        }
        LOG.error("JSON processing failed", exception);
        return ProblemDetail.http(500, "The server failed to handle the request.").toResponse();
    }
}
