package org.manara.dashboardapi.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.dashboardapi.resources.ApiTestSupport.MODERATOR;
import static org.manara.dashboardapi.resources.ApiTestSupport.as;
import static org.manara.dashboardapi.resources.IngestResourceTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.manara.dashboardapi.auth.Roles;
import org.manara.dashboardapi.core.InMemoryPostStore;
import org.manara.model.Post;

/** Errors raised by Jersey itself or by bugs are problem bodies too, never HTML or traces. */
@ExtendWith(DropwizardExtensionsSupport.class)
class ErrorMappingTest {

    /** A resource that fails in the ways real ones might. */
    @Path("/api/v1/test")
    @RolesAllowed(Roles.MODERATOR)
    public static class FailingResource {
        @GET
        @Path("/bug")
        public String bug() {
            throw new IllegalStateException("secret internal detail");
        }

        @POST
        @Path("/typed")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Post typed(Post post) {
            return post;
        }
    }

    static final ResourceExtension API =
            ApiTestSupport.extension()
                    .addResource(new PostsResource(new InMemoryPostStore()))
                    .addResource(new FailingResource())
                    .addResource(new OpenApiResource())
                    .addResource(new PostSchemaResource())
                    .build();

    @Test
    void unknownPathIs404Problem() throws IOException {
        Response response = as(API.target("/api/v1/nothing-here"), MODERATOR).get();

        assertThat(response.getStatus()).isEqualTo(404);
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asText()).isEqualTo("about:blank");
        assertThat(problem.get("title").asText()).isEqualTo("Not Found");
    }

    @Test
    void wrongMethodIs405ProblemWithAllowHeader() throws IOException {
        Response response = as(API.target("/api/v1/posts"), MODERATOR).delete();

        assertThat(response.getStatus()).isEqualTo(405);
        assertThat(response.getHeaderString("Allow")).contains("GET");
        assertThat(problem(response).get("detail").asText()).contains("GET");
    }

    @Test
    void unacceptableMediaTypeIs406Problem() throws IOException {
        Response response =
                API.target("/api/v1/posts")
                        .request("text/html")
                        .header("Authorization", "Bearer " + MODERATOR.key())
                        .get();

        assertThat(response.getStatus()).isEqualTo(406);
        problem(response);
    }

    @Test
    void bugIs500ProblemWithReferenceAndNoInternals() throws IOException {
        Response response = as(API.target("/api/v1/test/bug"), MODERATOR).get();

        assertThat(response.getStatus()).isEqualTo(500);
        String body = response.readEntity(String.class);
        assertThat(body)
                .contains("urn:manara:problem:internal-error")
                .contains("\"reference\"")
                .doesNotContain("secret internal detail")
                .doesNotContain("IllegalStateException")
                .doesNotContain("at org.");
    }

    @Test
    void unparseableJsonEntityIs400Problem() throws IOException {
        Response response =
                as(API.target("/api/v1/test/typed"), MODERATOR)
                        .post(Entity.entity("{\"id\": [", MediaType.APPLICATION_JSON));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem(response).get("type").asText())
                .isEqualTo("urn:manara:problem:invalid-json");
    }

    @Test
    void openApiDocumentIsPublicYaml() {
        Response response = API.target("/openapi.yaml").request().get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("application/yaml");
        assertThat(response.readEntity(String.class)).contains("openapi: 3.1.");
    }

    @Test
    void postSchemaIsPublicJson() {
        Response response = API.target("/schema/post.schema.json").request().get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("application/schema+json");
        assertThat(response.readEntity(String.class)).contains("\"created_at\"");
    }
}
