package org.manara.dashboardapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.configuration.ConfigurationValidationException;
import io.dropwizard.util.Duration;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.manara.dashboardapi.auth.ApiKeys;
import org.manara.dashboardapi.auth.GeneratedKey;
import org.manara.dashboardapi.auth.Roles;
import org.manara.model.Json;

/**
 * The in-process server the local demo uses, with nothing listening where Kafka and Elasticsearch
 * should be: it still starts, reports both unhealthy, answers requests that need them with 503
 * problems, and stops cleanly.
 */
class ManaraApiServerIT {

    @Test
    void startsWithoutItsDependenciesAndDegradesGracefully() throws Exception {
        int nothing = closedPort();
        GeneratedKey key = ApiKeys.generate();
        ManaraApiConfiguration config =
                ManaraApiConfiguration.local(
                        0, 0, List.of("http://127.0.0.1:" + nothing), "127.0.0.1:" + nothing);
        config.getAuth().addKey("demo", key.sha256(), Set.of(Roles.ADMIN));
        config.getKafka().setMaxBlock(Duration.seconds(1));
        config.getKafka().setHealthCheckTimeout(Duration.seconds(1));

        long started = System.nanoTime();
        ManaraApiServer server = ManaraApiServer.start(config);
        URI base = server.baseUri();
        System.out.printf(
                "ManaraApiServer started in %d ms on %s%n",
                (System.nanoTime() - started) / 1_000_000, server.baseUri());
        try {
            assertThat(server.port()).isPositive().isNotEqualTo(server.adminPort());
            assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());

            HttpResponse<String> ingest =
                    Http.post(
                            server.baseUri().resolve("/api/v1/ingest/posts"),
                            key.key(),
                            "application/json",
                            TestPosts.array(TestPosts.validJson("down-1")));
            assertThat(ingest.statusCode()).isEqualTo(503);
            JsonNode problem = Json.mapper().readTree(ingest.body());
            assertThat(problem.get("type").asText()).isEqualTo("urn:manara:problem:publish-failed");
            assertThat(problem.get("accepted").asInt()).isZero();
            assertThat(problem.get("failed").get(0).get("id").asText()).isEqualTo("down-1");

            HttpResponse<String> posts =
                    Http.get(server.baseUri().resolve("/api/v1/posts"), key.key());
            assertThat(posts.statusCode()).isEqualTo(503);
            assertThat(posts.body()).contains("urn:manara:problem:store-unavailable");

            HttpResponse<String> health = Http.get(server.adminUri().resolve("/healthcheck"), null);
            assertThat(health.statusCode()).isEqualTo(500);
            JsonNode checks = Json.mapper().readTree(health.body());
            assertThat(checks.get("kafka").get("healthy").asBoolean()).isFalse();
            assertThat(checks.get("elasticsearch").get("healthy").asBoolean()).isFalse();
            assertThat(health.body()).doesNotContain(key.key());
        } finally {
            server.close();
        }
        assertThat(server.isRunning()).isFalse();
        assertThatThrownBy(() -> Http.get(base.resolve("/openapi.yaml"), null))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void anInvalidConfigurationFailsBeforeBindingAnything() {
        ManaraApiConfiguration config =
                ManaraApiConfiguration.local(0, 0, List.of("not a url"), "127.0.0.1:9092");

        assertThatThrownBy(() -> ManaraApiServer.start(config))
                .isInstanceOf(ConfigurationValidationException.class)
                .hasMessageContaining("http:// or https://");
    }

    @Test
    void aPortInUseFailsTheStart() throws Exception {
        try (ServerSocket taken =
                new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            ManaraApiConfiguration config =
                    ManaraApiConfiguration.local(
                            taken.getLocalPort(), 0, List.of("http://127.0.0.1:9"), "127.0.0.1:9");

            assertThatThrownBy(() -> ManaraApiServer.start(config))
                    .hasMessageContaining(Integer.toString(taken.getLocalPort()));
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
