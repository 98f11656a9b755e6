package org.manara.dashboardapi.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/**
 * {@code GET /schema/post.schema.json}: the JSON Schema of a post (docs/schema/post.schema.json),
 * public like the OpenAPI document, whose relative reference {@code ./schema/post.schema.json}
 * resolves to it.
 */
@Path("/schema/post.schema.json")
public class PostSchemaResource {
    static final String LOCATION = "/org/manara/dashboardapi/schema/post.schema.json";

    private final byte[] document = ClasspathDocument.load(LOCATION);

    @GET
    @Produces("application/schema+json")
    public byte[] get() {
        return document.clone();
    }
}
