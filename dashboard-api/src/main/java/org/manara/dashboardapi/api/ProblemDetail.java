package org.manara.dashboardapi.api;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RFC 9457 (formerly 7807) problem body: every error this API returns has one, so clients never
 * parse an HTML page or a stack trace. Manara's own problems have a {@code type} of the form {@code
 * urn:manara:problem:<slug>}; plain HTTP errors use {@code about:blank} with the status phrase as
 * {@code title}. Extension members (such as {@code accepted} on a 503 from ingest) are written
 * after the standard ones.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail"})
public record ProblemDetail(
        String type,
        String title,
        int status,
        String detail,
        @JsonIgnore Map<String, Object> extensions) {

    /** {@code application/problem+json}. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public static final MediaType MEDIA_TYPE_TYPE = MediaType.valueOf(MEDIA_TYPE);

    /** The prefix of every Manara problem type. */
    public static final String TYPE_PREFIX = "urn:manara:problem:";

    public ProblemDetail {
        extensions =
                extensions == null
                        ? Map.of()
                        : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    /** A Manara problem, typed {@code urn:manara:problem:<slug>}. */
    public static ProblemDetail of(int status, String slug, String title, String detail) {
        return new ProblemDetail(TYPE_PREFIX + slug, title, status, detail, Map.of());
    }

    /** A plain HTTP problem ({@code about:blank}, the status phrase as title). */
    public static ProblemDetail http(int status, String detail) {
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        Response.StatusType known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : family.name();
        return new ProblemDetail("about:blank", title, status, detail, Map.of());
    }

    /** This problem with one more extension member. */
    public ProblemDetail with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new ProblemDetail(type, title, status, detail, more);
    }

    @JsonAnyGetter
    public Map<String, Object> extensionMembers() {
        return extensions;
    }

    /** A response carrying this problem with the problem media type. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE_TYPE).entity(this).build();
    }
}
