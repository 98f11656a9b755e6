package org.manara.dashboardapi.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /openapi.yaml}: the OpenAPI description of this API (docs/openapi.yaml, packaged into
 * the jar at build time). Public on purpose and outside {@code /api/v1}: it holds no data, and
 * integrators and API tools need it before they have a key.
 */
@Path("/openapi.yaml")
public class OpenApiResource {
    /** RFC 9512's media type for YAML. */
    public static final String YAML = "application/yaml";

    static final String LOCATION = "/org/manara/dashboardapi/openapi.yaml";

    private final byte[] document = ClasspathDocument.load(LOCATION);

    @GET
    @Produces(YAML + ";charset=utf-8")
    public byte[] get() {
        return document.clone();
    }
}
