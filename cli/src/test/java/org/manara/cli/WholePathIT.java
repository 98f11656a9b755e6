package org.manara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.logging.common.ExternalLoggingFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.flink.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.manara.dashboardapi.ManaraApiConfiguration;
import org.manara.dashboardapi.ManaraApiServer;
import org.manara.dashboardapi.auth.ApiKeys;
import org.manara.dashboardapi.auth.GeneratedKey;
import org.manara.dashboardapi.auth.Roles;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.model.Json;
import org.manara.model.sample.SampleKind;
import org.manara.model.sample.SyntheticPost;
import org.manara.model.sample.SyntheticPosts;
import org.manara.streamjobs.options.ElasticsearchOptions;
import org.manara.streamjobs.options.JobOptions;
import org.manara.streamjobs.options.KafkaOptions;
import org.manara.streamjobs.pipeline.LocalPipeline;

/**
 * The whole system as a user meets it: posts pushed through the HTTP ingest endpoint reach Kafka,
 * the pipeline on a MiniCluster scores them and indexes them into Elasticsearch, and the API serves
 * the flagged ones back. Real broker, node, MiniCluster and Dropwizard server.
 */
class WholePathIT {
    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();
    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    @TempDir Path checkpoints;

    private static final int POSTS = 400;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void postsIngestedOverHttpComeBackScoredAndTheFlaggedOnesAreServed() throws Exception {
        String postsTopic = KAFKA.createTopic("posts", 2);
        String deadLetters = KAFKA.createTopic("posts-deadletter", 1);
        String alias = ES.uniqueIndex("wholepath-posts");

        Configuration options =
                LocalPipeline.options(KAFKA.bootstrapServers(), ES.httpUrl(), checkpoints);
        options.set(KafkaOptions.INPUT_TOPIC, postsTopic);
        options.set(KafkaOptions.DEAD_LETTER_TOPIC, deadLetters);
        options.set(KafkaOptions.GROUP_ID, "whole-path-" + postsTopic);
        options.set(ElasticsearchOptions.POSTS_ALIAS, alias);
        options.set(JobOptions.CHECKPOINT_INTERVAL, Duration.ofSeconds(1));

        GeneratedKey ingestKey = ApiKeys.generate();
        GeneratedKey moderatorKey = ApiKeys.generate();
        ManaraApiConfiguration config =
                ManaraApiConfiguration.local(0, 0, List.of(ES.httpUrl()), KAFKA.bootstrapServers());
        config.getKafka().setTopic(postsTopic);
        config.getElasticsearch().setIndex(alias);
        config.getAuth().addKey("ingest", ingestKey.sha256(), Set.of(Roles.INGEST));
        config.getAuth().addKey("moderator", moderatorKey.sha256(), Set.of(Roles.MODERATOR));
        config.setLoggingFactory(new ExternalLoggingFactory());

        SyntheticPosts generator =
                new SyntheticPosts(42, Instant.parse("2026-03-01T09:00:00Z"), 20);
        StringBuilder ndjson = new StringBuilder();
        Set<String> spamIds = new HashSet<>();
        for (int i = 0; i < POSTS; i++) {
            SyntheticPost p = generator.nextLabelled();
            if (p.kind() == SampleKind.SPAM) {
                spamIds.add(p.post().id());
            }
            ndjson.append(Json.mapper().writeValueAsString(p.post())).append('\n');
        }
        ndjson.append("{\"id\":\"broken\",\"text\":\"no author or time\"}\n");

        try (LocalPipeline pipeline = LocalPipeline.start(options);
                ManaraApiServer api = ManaraApiServer.start(config)) {
            URI base = api.baseUri();
            HttpResponse<String> ingest =
                    http.send(
                            HttpRequest.newBuilder(base.resolve("/api/v1/ingest/posts"))
                                    .header("Authorization", "Bearer " + ingestKey.key())
                                    .header("Content-Type", "application/x-ndjson")
                                    .POST(HttpRequest.BodyPublishers.ofString(ndjson.toString()))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(202);
            JsonNode accepted = Json.mapper().readTree(ingest.body());
            assertThat(accepted.get("accepted").asInt()).isEqualTo(POSTS);
            assertThat(accepted.get("rejected")).hasSize(1);
            assertThat(accepted.get("rejected").get(0).get("index").asInt()).isEqualTo(POSTS);

            // The ingest key may not read; the moderator key may.
            assertThat(get(base, "/api/v1/posts?limit=1", ingestKey.key()).statusCode())
                    .isEqualTo(403);

            JsonNode all = awaitTotal(base, moderatorKey.key(), POSTS, Duration.ofSeconds(120));
            assertThat(all.get("total").asInt()).isEqualTo(POSTS);

            HttpResponse<String> flaggedResponse =
                    get(base, "/api/v1/posts?flagged=true&limit=500", moderatorKey.key());
            assertThat(flaggedResponse.statusCode()).isEqualTo(200);
            JsonNode flagged = Json.mapper().readTree(flaggedResponse.body());
            assertThat(flagged.get("total").asInt()).isPositive().isLessThan(POSTS);
            Set<String> flaggedIds = new HashSet<>();
            for (JsonNode item : flagged.get("items")) {
                assertThat(item.get("flagged").asBoolean()).isTrue();
                assertThat(item.get("verdict").get("action").asText()).isNotEqualTo("allow");
                flaggedIds.add(item.get("post").get("id").asText());
            }
            // Most of the generated spam must be among the flagged posts.
            long caught = spamIds.stream().filter(flaggedIds::contains).count();
            assertThat(caught).as("spam posts flagged").isGreaterThan(spamIds.size() / 2);
        }
    }

    private JsonNode awaitTotal(URI base, String key, int expected, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(base, "/api/v1/posts?limit=1", key);
            if (r.statusCode() == 200) {
                last = Json.mapper().readTree(r.body());
                if (last.get("total").asInt() >= expected) {
                    return last;
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("expected " + expected + " indexed posts, last answer: " + last);
    }

    private HttpResponse<String> get(URI base, String path, String key) throws Exception {
        return http.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + key)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
