package org.manara.dashboardapi.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.dashboardapi.resources.ApiTestSupport.ADMIN;
import static org.manara.dashboardapi.resources.ApiTestSupport.ANALYST;
import static org.manara.dashboardapi.resources.ApiTestSupport.INGEST;
import static org.manara.dashboardapi.resources.ApiTestSupport.MODERATOR;
import static org.manara.dashboardapi.resources.ApiTestSupport.as;
import static org.manara.dashboardapi.resources.IngestResourceTest.problem;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.manara.dashboardapi.TestPosts;
import org.manara.dashboardapi.core.InMemoryPostStore;
import org.manara.model.Json;

@ExtendWith(DropwizardExtensionsSupport.class)
class PostsResourceTest {
    private static final String PATH = "/api/v1/posts";
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    private static final InMemoryPostStore STORE = new InMemoryPostStore();

    static final ResourceExtension API =
            ApiTestSupport.extension().addResource(new PostsResource(STORE)).build();

    @BeforeEach
    void fill() {
        STORE.clear();
        STORE.add(TestPosts.scored("old-flagged", T0, true));
        STORE.add(TestPosts.scored("new-flagged", T0.plusSeconds(60), true));
        STORE.add(TestPosts.scored("clean", T0.plusSeconds(30), false));
    }

    @Test
    void missingKeyIs401AndIngestOnlyKeyIs403() {
        assertThat(API.target(PATH).request().get().getStatus()).isEqualTo(401);
        assertThat(as(API.target(PATH), INGEST).get().getStatus()).isEqualTo(403);
    }

    @Test
    void moderatorAnalystAndAdminMayRead() {
        assertThat(as(API.target(PATH), MODERATOR).get().getStatus()).isEqualTo(200);
        assertThat(as(API.target(PATH), ANALYST).get().getStatus()).isEqualTo(200);
        assertThat(as(API.target(PATH), ADMIN).get().getStatus()).isEqualTo(200);
    }

    @Test
    void flaggedTrueListsFlaggedPostsNewestFirstWithTotal() throws IOException {
        JsonNode page = page(API.target(PATH).queryParam("flagged", "true"));

        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(ids(page)).containsExactly("new-flagged", "old-flagged");
        JsonNode first = page.get("items").get(0);
        assertThat(first.get("flagged").asBoolean()).isTrue();
        assertThat(first.get("post").get("created_at").asText()).isEqualTo("2026-03-01T12:01:00Z");
        assertThat(first.has("scored_at")).isTrue();
    }

    @Test
    void flaggedFalseAndAbsentFilterAccordingly() throws IOException {
        assertThat(ids(page(API.target(PATH).queryParam("flagged", "false"))))
                .containsExactly("clean");
        JsonNode all = page(API.target(PATH));
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(ids(all)).containsExactly("new-flagged", "clean", "old-flagged");
    }

    @Test
    void limitCapsItemsButNotTotal() throws IOException {
        JsonNode page = page(API.target(PATH).queryParam("limit", "1"));

        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(ids(page)).containsExactly("new-flagged");
    }

    @Test
    void defaultLimitIs50AndMaximumIs500() throws IOException {
        for (int i = 0; i < 600; i++) {
            STORE.add(TestPosts.scored("bulk-" + i, T0.minusSeconds(i + 1), true));
        }

        assertThat(page(API.target(PATH)).get("items")).hasSize(50);
        JsonNode max = page(API.target(PATH).queryParam("limit", "500"));
        assertThat(max.get("items")).hasSize(500);
        assertThat(max.get("total").asLong()).isEqualTo(603);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "501", "-1", "ten", "1.5"})
    void limitOutOfBoundsIs400(String limit) throws IOException {
        Response response = as(API.target(PATH).queryParam("limit", limit), MODERATOR).get();

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:manara:problem:invalid-parameter");
        assertThat(problem.get("detail").asText()).contains("1 to 500");
    }

    @Test
    void flaggedMustBeBoolean() throws IOException {
        Response response = as(API.target(PATH).queryParam("flagged", "maybe"), MODERATOR).get();

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem(response).get("detail").asText()).contains("true or false");
    }

    @Test
    void emptyStoreIsAnEmptyPage() throws IOException {
        STORE.clear();

        JsonNode page = page(API.target(PATH).queryParam("flagged", "true"));

        assertThat(page.get("total").asLong()).isZero();
        assertThat(page.get("items")).isEmpty();
    }

    @Test
    void unavailableStoreIs503Problem() throws IOException {
        STORE.unavailable(true);

        Response response = as(API.target(PATH), MODERATOR).get();

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(problem(response).get("type").asText())
                .isEqualTo("urn:manara:problem:store-unavailable");
    }

    private static JsonNode page(WebTarget target) throws IOException {
        Response response = as(target, MODERATOR).get();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getMediaType().toString()).startsWith("application/json");
        return Json.mapper().readTree(response.readEntity(String.class));
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("post").get("id").asText()));
        return ids;
    }
}
