package org.manara.dashboardapi.resources;

import com.codahale.metrics.annotation.ExceptionMetered;
import com.codahale.metrics.annotation.Timed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import org.manara.dashboardapi.api.IngestResponse;
import org.manara.dashboardapi.api.ProblemDetail;
import org.manara.dashboardapi.auth.Roles;
import org.manara.dashboardapi.core.BodyFormat;
import org.manara.dashboardapi.core.BodyTooLargeException;
import org.manara.dashboardapi.core.IngestLimits;
import org.manara.dashboardapi.core.IngestOutcome;
import org.manara.dashboardapi.core.IngestService;
import org.manara.dashboardapi.core.InvalidBodyException;
import org.manara.dashboardapi.core.TooManyPostsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/ingest/posts}: a JSON array or NDJSON of posts in, 202 with the count Kafka
 * acknowledged and every refused post out. The body is consumed as a stream so that the byte limit
 * holds while reading; the content type is checked here rather than with {@code @Consumes} so the
 * 415 problem can say what to send.
 */
@Path("/api/v1/ingest/posts")
@RolesAllowed({Roles.INGEST, Roles.ADMIN})
public class IngestResource {
    private static final Logger LOG = LoggerFactory.getLogger(IngestResource.class);

    private static final int RETRY_AFTER_SECONDS = 5;

    /** How much of a refused body is read and dropped so that the client sees the answer. */
    private static final long SWALLOW_BYTES = 1024 * 1024;

    private final IngestService ingest;

    public IngestResource(IngestService ingest) {
        this.ingest = ingest;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Timed
    @ExceptionMetered
    public Response ingest(
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
            @Context SecurityContext security,
            InputStream body) {
        BodyFormat format;
        try {
            format = format(contentType);
        } catch (ProblemException e) {
            throw refused(discardRest(body, e));
        }
        IngestLimits limits = ingest.limits();
        long declared = declaredLength(contentLength);
        if (declared > limits.maxRequestBytes()) {
            if (declared <= limits.maxRequestBytes() + SWALLOW_BYTES) {
                discardRest(body);
            }
            throw refused(tooLarge(limits.maxRequestBytes()));
        }
        IngestOutcome outcome;
        try {
            outcome = ingest.ingest(body, format);
        } catch (BodyTooLargeException e) {
            throw refused(discardRest(body, tooLarge(e.limitBytes())));
        } catch (TooManyPostsException e) {
            throw refused(
                    discardRest(
                            body,
                            ProblemException.of(
                                    413,
                                    "too-many-posts",
                                    "Too many posts",
                                    "A request may hold at most "
                                            + e.limit()
                                            + " posts; split the batch. Nothing was published.")));
        } catch (InvalidBodyException e) {
            throw refused(
                    discardRest(
                            body,
                            ProblemException.of(
                                    400, "invalid-body", "Invalid request body", e.getMessage())));
        } catch (IOException e) {
            throw refused(
                    ProblemException.of(
                            400,
                            "unreadable-body",
                            "Unreadable request body",
                            "The body could not be read to the end. Nothing was published."));
        }
        String caller = security.getUserPrincipal().getName();
        LOG.debug(
                "ingest by key '{}': {} accepted, {} rejected, {} failed",
                caller,
                outcome.accepted(),
                outcome.rejected().size(),
                outcome.failed().size());
        if (!outcome.fullyPublished()) {
            throw new ProblemException(publishFailed(outcome), RETRY_AFTER_SECONDS);
        }
        return Response.accepted(new IngestResponse(outcome.accepted(), outcome.rejected()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    /**
     * Reads and drops what the client is still sending, up to {@link #SWALLOW_BYTES}, before a
     * refusal is answered. Closing a connection with unread data makes TCP reset it, and the reset
     * can destroy the response before the client reads it; a body far over the limit is not worth
     * reading, and then the client may see a reset instead of the 413.
     */
    private static ProblemException discardRest(InputStream body, ProblemException problem) {
        discardRest(body);
        return problem;
    }

    private static void discardRest(InputStream body) {
        try {
            long left = SWALLOW_BYTES;
            byte[] buffer = new byte[8192];
            int n;
            while (left > 0
                    && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            LOG.debug("client stopped sending a refused body: {}", e.getMessage());
        }
    }

    /** A refused request ends its connection: the rest of its body is not read. */
    private static ProblemException refused(ProblemException problem) {
        return problem.withHeader("Connection", "close");
    }

    private static BodyFormat format(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.valueOf(contentType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        return BodyFormat.of(type)
                .orElseThrow(
                        () ->
                                ProblemException.of(
                                        415,
                                        "unsupported-media-type",
                                        "Unsupported media type",
                                        "Send posts as 'Content-Type: application/json' (a JSON"
                                                + " array) or 'application/x-ndjson' (one post per"
                                                + " line), UTF-8; got "
                                                + (contentType == null
                                                        ? "no Content-Type"
                                                        : "'" + contentType + "'")
                                                + "."));
    }

    private static long declaredLength(String contentLength) {
        if (contentLength == null) {
            return -1;
        }
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static ProblemException tooLarge(long limitBytes) {
        return ProblemException.of(
                413,
                "body-too-large",
                "Request body too large",
                "A request body may be at most "
                        + limitBytes
                        + " bytes; split the batch. Nothing was published.");
    }

    /**
     * Kafka did not acknowledge some valid posts. A 5xx makes clients retry; resending the whole
     * request is safe because posts are stored under their id, so the extension members are there
     * for clients that want to resend only what failed.
     */
    private static ProblemDetail publishFailed(IngestOutcome outcome) {
        return ProblemDetail.of(
                        503,
                        "publish-failed",
                        "Posts not published",
                        "Kafka acknowledged "
                                + outcome.accepted()
                                + " of "
                                + (outcome.accepted() + outcome.failed().size())
                                + " valid posts; 'failed' lists the others. Resending the whole"
                                + " request is safe: posts are stored by id, so the acknowledged"
                                + " ones will not be duplicated.")
                .with("accepted", outcome.accepted())
                .with("failed", outcome.failed())
                .with("rejected", outcome.rejected());
    }
}
