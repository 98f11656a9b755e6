package org.manara.dashboardapi.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.dashboardapi.TestPosts.array;
import static org.manara.dashboardapi.TestPosts.invalidJson;
import static org.manara.dashboardapi.TestPosts.validJson;
import static org.manara.dashboardapi.resources.ApiTestSupport.ADMIN;
import static org.manara.dashboardapi.resources.ApiTestSupport.INGEST;
import static org.manara.dashboardapi.resources.ApiTestSupport.MODERATOR;
import static org.manara.dashboardapi.resources.ApiTestSupport.as;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.manara.dashboardapi.api.ProblemDetail;
import org.manara.dashboardapi.auth.ApiKeys;
import org.manara.dashboardapi.core.IngestLimits;
import org.manara.dashboardapi.core.IngestService;
import org.manara.dashboardapi.core.RecordingPostPublisher;
import org.manara.model.Json;

@ExtendWith(DropwizardExtensionsSupport.class)
class IngestResourceTest {
    private static final String PATH = "/api/v1/ingest/posts";
    private static final String NDJSON = "application/x-ndjson";
    private static final int MAX_BYTES = 4096;
    private static final int MAX_POSTS = 5;

    private static final RecordingPostPublisher PUBLISHER = new RecordingPostPublisher();
    private static final MetricRegistry METRICS = new MetricRegistry();
    private static final IngestService SERVICE =
            new IngestService(PUBLISHER, new IngestLimits(MAX_BYTES, MAX_POSTS, 200), METRICS);

    static final ResourceExtension API =
            ApiTestSupport.extension().addResource(new IngestResource(SERVICE)).build();

    @BeforeEach
    void reset() {
        PUBLISHER.reset();
    }

    @Test
    void missingKeyIs401WithChallengeAndProblemBody() throws IOException {
        Response response = API.target(PATH).request().post(json(array(validJson("p1"))));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate"))
                .isEqualTo("Bearer realm=\"manara\"");
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:manara:problem:unauthorized");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void unknownKeyIs401AndIsNotEchoed() throws IOException {
        String unknown = ApiKeys.generate().key();
        Response response =
                API.target(PATH)
                        .request()
                        .header("Authorization", "Bearer " + unknown)
                        .post(json(array(validJson("p1"))));

        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getHeaderString("WWW-Authenticate")).startsWith("Bearer ");
        assertThat(response.readEntity(String.class)).doesNotContain(unknown);
    }

    @Test
    void keyWithoutIngestRoleIs403() throws IOException {
        Response response = as(API.target(PATH), MODERATOR).post(json(array(validJson("p1"))));

        assertThat(response.getStatus()).isEqualTo(403);
        JsonNode problem = problem(response);
        assertThat(problem.get("title").asText()).isEqualTo("Forbidden");
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void keyInUrlIsRefused() throws IOException {
        Response response =
                API.target(PATH)
                        .queryParam("access_token", INGEST.key())
                        .request()
                        .post(json(array(validJson("p1"))));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem(response).get("type").asText())
                .isEqualTo("urn:manara:problem:key-in-url");
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void jsonArrayIsAcceptedWithEveryProblemOfEachRejectedPost() throws IOException {
        long acceptedBefore = METRICS.counter(IngestService.ACCEPTED).getCount();
        long rejectedBefore = METRICS.counter(IngestService.REJECTED).getCount();

        Response response =
                as(API.target(PATH), INGEST)
                        .post(json(array(validJson("p1"), invalidJson("p2"), validJson("p3"))));

        assertThat(response.getStatus()).isEqualTo(202);
        JsonNode body = Json.mapper().readTree(response.readEntity(String.class));
        assertThat(body.get("accepted").asInt()).isEqualTo(2);
        assertThat(body.get("rejected")).hasSize(1);
        JsonNode rejected = body.get("rejected").get(0);
        assertThat(rejected.get("index").asInt()).isEqualTo(1);
        assertThat(rejected.get("id").asText()).isEqualTo("p2");
        assertThat(rejected.get("problems").findValuesAsText("field"))
                .containsExactlyInAnyOrder("text", "created_at");
        assertThat(PUBLISHER.published()).extracting(p -> p.id()).containsExactly("p1", "p3");
        assertThat(METRICS.counter(IngestService.ACCEPTED).getCount() - acceptedBefore)
                .isEqualTo(2);
        assertThat(METRICS.counter(IngestService.REJECTED).getCount() - rejectedBefore)
                .isEqualTo(1);
    }

    @Test
    void adminMayIngest() {
        Response response = as(API.target(PATH), ADMIN).post(json(array(validJson("p1"))));

        assertThat(response.getStatus()).isEqualTo(202);
        assertThat(PUBLISHER.published()).hasSize(1);
    }

    @Test
    void bearerSchemeIsCaseInsensitive() {
        Response response =
                API.target(PATH)
                        .request()
                        .header("Authorization", "bearer " + INGEST.key())
                        .post(json(array(validJson("p1"))));

        assertThat(response.getStatus()).isEqualTo(202);
    }

    @Test
    void ndjsonLinesAreIndependentAndBlankLinesDoNotCount() throws IOException {
        String body = validJson("n1") + "\r\n\n" + "{not json\n" + validJson("n2") + "\n";

        Response response = as(API.target(PATH), INGEST).post(Entity.entity(body, NDJSON));

        assertThat(response.getStatus()).isEqualTo(202);
        JsonNode json = Json.mapper().readTree(response.readEntity(String.class));
        assertThat(json.get("accepted").asInt()).isEqualTo(2);
        JsonNode rejected = json.get("rejected").get(0);
        assertThat(rejected.get("index").asInt()).isEqualTo(1);
        assertThat(rejected.has("id")).isTrue();
        assertThat(rejected.get("id").isNull()).isTrue();
        assertThat(rejected.get("problems").get(0).get("reason").asText())
                .startsWith("line 3 is not valid JSON");
        assertThat(PUBLISHER.published()).extracting(p -> p.id()).containsExactly("n1", "n2");
    }

    @Test
    void ndjsonLineWithTwoValuesIsRejectedNotHalfRead() throws IOException {
        String body = validJson("t1") + validJson("t2") + "\n";

        Response response = as(API.target(PATH), INGEST).post(Entity.entity(body, NDJSON));

        assertThat(response.getStatus()).isEqualTo(202);
        JsonNode json = Json.mapper().readTree(response.readEntity(String.class));
        assertThat(json.get("accepted").asInt()).isZero();
        assertThat(json.get("rejected")).hasSize(1);
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void singleObjectInsteadOfArrayIs400() throws IOException {
        Response response = as(API.target(PATH), INGEST).post(json(validJson("p1")));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:manara:problem:invalid-body");
        assertThat(problem.get("detail").asText()).contains("JSON array").contains("object");
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void malformedJsonIs400AndNothingIsPublished() throws IOException {
        Response response =
                as(API.target(PATH), INGEST).post(json("[" + validJson("p1") + ", {\"id\": "));

        assertThat(response.getStatus()).isEqualTo(400);
        JsonNode problem = problem(response);
        assertThat(problem.get("detail").asText()).startsWith("The body is not valid JSON");
        assertThat(problem.get("detail").asText()).contains("line 1");
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void trailingContentAfterArrayIs400() throws IOException {
        Response response = as(API.target(PATH), INGEST).post(json(array(validJson("p1")) + " []"));

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(problem(response).get("detail").asText()).contains("after the JSON array");
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void emptyBodiesAre400ButAnEmptyArrayIsAccepted() throws IOException {
        assertThat(as(API.target(PATH), INGEST).post(json("")).getStatus()).isEqualTo(400);
        assertThat(as(API.target(PATH), INGEST).post(Entity.entity(" \n\n", NDJSON)).getStatus())
                .isEqualTo(400);

        Response empty = as(API.target(PATH), INGEST).post(json("[]"));
        assertThat(empty.getStatus()).isEqualTo(202);
        assertThat(Json.mapper().readTree(empty.readEntity(String.class)).get("accepted").asInt())
                .isZero();
    }

    @Test
    void bodyOverTheByteLimitIs413AndNothingIsPublished() throws IOException {
        StringBuilder body = new StringBuilder("[").append(validJson("p1"));
        body.append(",{\"id\":\"big\",\"author\":{\"id\":\"a\"},\"text\":\"");
        body.append("x".repeat(MAX_BYTES));
        body.append("\",\"created_at\":\"2026-03-01T12:00:00Z\"}]");

        Response response = as(API.target(PATH), INGEST).post(json(body.toString()));

        assertThat(response.getStatus()).isEqualTo(413);
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:manara:problem:body-too-large");
        assertThat(problem.get("detail").asText()).contains(Integer.toString(MAX_BYTES));
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void ndjsonOverTheByteLimitIs413() throws IOException {
        String line = validJson("p") + "\n";
        String body = line.repeat(MAX_BYTES / line.length() + 1);

        Response response = as(API.target(PATH), INGEST).post(Entity.entity(body, NDJSON));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void tooManyPostsIs413AndNothingIsPublished() throws IOException {
        String[] posts = new String[MAX_POSTS + 1];
        for (int i = 0; i < posts.length; i++) {
            posts[i] = validJson("m" + i);
        }

        Response response = as(API.target(PATH), INGEST).post(json(array(posts)));

        assertThat(response.getStatus()).isEqualTo(413);
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:manara:problem:too-many-posts");
        assertThat(problem.get("detail").asText()).contains("at most " + MAX_POSTS);
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void exactlyTheLimitIsAccepted() {
        String[] posts = new String[MAX_POSTS];
        for (int i = 0; i < posts.length; i++) {
            posts[i] = validJson("k" + i);
        }

        assertThat(as(API.target(PATH), INGEST).post(json(array(posts))).getStatus())
                .isEqualTo(202);
        assertThat(PUBLISHER.published()).hasSize(MAX_POSTS);
    }

    @Test
    void otherContentTypesAre415() throws IOException {
        Response text =
                as(API.target(PATH), INGEST)
                        .post(Entity.entity(array(validJson("p")), "text/plain"));
        assertThat(text.getStatus()).isEqualTo(415);
        JsonNode problem = problem(text);
        assertThat(problem.get("type").asText())
                .isEqualTo("urn:manara:problem:unsupported-media-type");
        assertThat(problem.get("detail").asText())
                .contains("application/x-ndjson")
                .contains("text/plain");

        Response latin1 =
                as(API.target(PATH), INGEST)
                        .post(
                                Entity.entity(
                                        array(validJson("p")),
                                        "application/json; charset=ISO-8859-1"));
        assertThat(latin1.getStatus()).isEqualTo(415);
        assertThat(PUBLISHER.published()).isEmpty();
    }

    @Test
    void jsonWithUtf8CharsetIsAccepted() {
        Response response =
                as(API.target(PATH), INGEST)
                        .post(
                                Entity.entity(
                                        array(validJson("p1")), "application/json; charset=UTF-8"));

        assertThat(response.getStatus()).isEqualTo(202);
    }

    @Test
    void kafkaFailureIs503ListingWhatWasAndWasNotPublished() throws IOException {
        PUBLISHER.failIds(Set.of("p3"));

        Response response =
                as(API.target(PATH), INGEST)
                        .post(json(array(validJson("p1"), invalidJson("p2"), validJson("p3"))));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("5");
        JsonNode problem = problem(response);
        assertThat(problem.get("type").asText()).isEqualTo("urn:manara:problem:publish-failed");
        assertThat(problem.get("accepted").asInt()).isEqualTo(1);
        assertThat(problem.get("failed")).hasSize(1);
        assertThat(problem.get("failed").get(0).get("index").asInt()).isEqualTo(2);
        assertThat(problem.get("failed").get(0).get("id").asText()).isEqualTo("p3");
        assertThat(problem.get("rejected").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(PUBLISHER.published()).extracting(p -> p.id()).containsExactly("p1");
    }

    private static Entity<String> json(String body) {
        return Entity.entity(body, "application/json");
    }

    static JsonNode problem(Response response) throws IOException {
        assertThat(response.getMediaType().toString()).startsWith(ProblemDetail.MEDIA_TYPE);
        JsonNode node = Json.mapper().readTree(response.readEntity(String.class));
        assertThat(node.has("type")).isTrue();
        assertThat(node.has("title")).isTrue();
        assertThat(node.get("status").asInt()).isEqualTo(response.getStatus());
        assertThat(node.has("detail")).isTrue();
        return node;
    }
}
