package org.manara.dashboardapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manara.dashboardapi.TestPosts.array;
import static org.manara.dashboardapi.TestPosts.invalidJson;
import static org.manara.dashboardapi.TestPosts.validJson;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.embedded.junit.UniqueNames;
import org.manara.model.Indices;
import org.manara.model.Json;
import org.manara.model.Post;
import org.manara.model.ScoredPost;

/**
 * The whole service on random ports against a real Kafka broker and a real Elasticsearch node:
 * ingest reaches the topic exactly, posts come back from the alias, health checks see both.
 */
class ManaraApiIT {
    static final String INGEST_KEY = "it-ingest-key-7f3a";
    static final String READER_KEY = "it-reader-key-91c2";
    static final String TOPIC = UniqueNames.topic("posts");
    static final String ALIAS = UniqueNames.index("manara-posts");
    static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");

    @RegisterExtension
    @Order(1)
    static final KafkaExtension KAFKA = new KafkaExtension();

    @RegisterExtension
    @Order(2)
    static final ElasticsearchExtension ES = new ElasticsearchExtension();

    @RegisterExtension
    @Order(3)
    static final DropwizardAppExtension<ManaraApiConfiguration> APP =
            new DropwizardAppExtension<>(
                    ManaraApiApplication.class,
                    ResourceHelpers.resourceFilePath("manara-api-it.yml"),
                    ConfigOverride.config("kafka.bootstrapServers", KAFKA::bootstrapServers),
                    ConfigOverride.config("kafka.topic", TOPIC),
                    ConfigOverride.config("elasticsearch.hosts[0]", ES::httpUrl),
                    ConfigOverride.config("elasticsearch.index", ALIAS));

    static ElasticsearchClient elasticsearch;

    @BeforeAll
    static void setUp() throws IOException {
        KAFKA.kafka().createTopic(TOPIC, 2);
        RestClient rest = RestClient.builder(HttpHost.create(ES.httpUrl())).build();
        elasticsearch =
                new ElasticsearchClient(
                        new RestClientTransport(
                                rest, new JacksonJsonpMapper(Json.configure(new ObjectMapper()))));
    }

    @AfterAll
    static void tearDown() throws IOException {
        elasticsearch._transport().close();
    }

    @Test
    void ingestPublishesExactlyTheValidPostsKeyedById() throws Exception {
        String p1 = "it-" + UUID.randomUUID();
        String p3 = "it-" + UUID.randomUUID();
        HttpResponse<String> response =
                Http.post(
                        api("/api/v1/ingest/posts"),
                        INGEST_KEY,
                        "application/json",
                        array(validJson(p1), invalidJson("bad"), validJson(p3)));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("accepted").asInt()).isEqualTo(2);
        assertThat(body.get("rejected").get(0).get("index").asInt()).isEqualTo(1);

        List<ConsumerRecord<byte[], byte[]>> records = consumeAll(TOPIC, 2);
        assertThat(records)
                .extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                .containsExactlyInAnyOrder(p1, p3);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            Post post = Json.mapper().readValue(record.value(), Post.class);
            assertThat(post.id()).isEqualTo(new String(record.key(), StandardCharsets.UTF_8));
            assertThat(post.text()).isEqualTo("hello " + post.id());
            assertThat(post.createdAt()).isEqualTo(T0);
        }
    }

    @Test
    void flaggedPostsComeBackFromTheAliasNewestFirst() throws Exception {
        index(TestPosts.scored("es-old", T0, true));
        index(TestPosts.scored("es-new", T0.plus(Duration.ofDays(1)), true));
        index(TestPosts.scored("es-clean", T0.plusSeconds(60), false));

        JsonNode flagged = getJson("/api/v1/posts?flagged=true&limit=10");
        assertThat(flagged.get("total").asLong()).isEqualTo(2);
        assertThat(flagged.get("items"))
                .extracting(item -> item.at("/post/id").asText())
                .containsExactly("es-new", "es-old");
        assertThat(flagged.get("items").get(0).get("flagged").asBoolean()).isTrue();
        assertThat(flagged.get("items").get(0).get("verdict").get("action").asText())
                .isEqualTo("flag");

        JsonNode all = getJson("/api/v1/posts?limit=1");
        assertThat(all.get("total").asLong()).isEqualTo(3);
        assertThat(all.get("items")).hasSize(1);
        assertThat(getJson("/api/v1/posts?flagged=false").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void authIsEnforcedOverRealHttp() throws Exception {
        HttpResponse<String> anonymous = Http.get(api("/api/v1/posts"), null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                .hasValue("Bearer realm=\"manara\"");
        assertThat(anonymous.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));

        assertThat(Http.get(api("/api/v1/posts"), INGEST_KEY).statusCode()).isEqualTo(403);
        assertThat(
                        Http.post(api("/api/v1/ingest/posts"), READER_KEY, "application/json", "[]")
                                .statusCode())
                .isEqualTo(403);
    }

    @Test
    void oversizedBodiesAre413WithOrWithoutContentLength() throws Exception {
        String big = array(validJson("x".repeat(70_000)));

        HttpResponse<String> declared =
                Http.post(api("/api/v1/ingest/posts"), INGEST_KEY, "application/json", big);
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("urn:manara:problem:body-too-large");

        HttpResponse<String> chunked =
                Http.postChunked(api("/api/v1/ingest/posts"), INGEST_KEY, "application/json", big);
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.body()).contains("urn:manara:problem:body-too-large");
    }

    @Test
    void errorsOutsideResourcesAreProblemsToo() throws Exception {
        HttpResponse<String> missing = Http.get(api("/nowhere"), null);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));

        for (String target : List.of("/api/v1/posts/%ZZ", "/api/v1/%2e%2e/secret", "/a\\b")) {
            String raw = rawGet(target);
            assertThat(raw).as(target).startsWith("HTTP/1.1 4");
            assertThat(raw)
                    .as(target)
                    .containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(raw).as(target).doesNotContainIgnoringCase("<html");
            assertThat(raw).as(target).contains("\"type\":\"about:blank\"");
        }

        HttpResponse<String> openapi = Http.get(api("/openapi.yaml"), null);
        assertThat(openapi.statusCode()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/ingest/posts");
    }

    @Test
    void healthChecksSeeKafkaAndElasticsearch() throws Exception {
        HttpResponse<String> health =
                Http.get(
                        URI.create("http://127.0.0.1:" + APP.getAdminPort() + "/healthcheck"),
                        null);

        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode checks = Json.mapper().readTree(health.body());
        assertThat(checks.get("kafka").get("healthy").asBoolean()).isTrue();
        assertThat(checks.get("elasticsearch").get("healthy").asBoolean()).isTrue();
        assertThat(checks.get("elasticsearch").get("message").asText()).contains("node(s)");
    }

    /** A request the JDK client would refuse to send, written straight to the socket. */
    private static String rawGet(String target) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", APP.getLocalPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(
                            ("GET "
                                            + target
                                            + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                            + "Accept: text/html\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static URI api(String path) {
        return URI.create("http://127.0.0.1:" + APP.getLocalPort() + path);
    }

    private static JsonNode getJson(String path) throws IOException {
        HttpResponse<String> response = Http.get(api(path), READER_KEY);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    /** Indexes into the post's daily index behind the test's alias, as the pipeline does. */
    private static void index(ScoredPost post) throws IOException {
        String index = Indices.postsIndexFor(ALIAS, post.post().createdAt());
        if (!elasticsearch.indices().exists(e -> e.index(index)).value()) {
            elasticsearch
                    .indices()
                    .create(
                            c ->
                                    c.index(index)
                                            .aliases(ALIAS, a -> a)
                                            .mappings(
                                                    m ->
                                                            m.properties(
                                                                            "flagged",
                                                                            p -> p.boolean_(b -> b))
                                                                    .properties(
                                                                            "scored_at",
                                                                            p -> p.date(d -> d))));
        }
        elasticsearch.index(
                i -> i.index(index).id(post.post().id()).document(post).refresh(Refresh.True));
    }

    private static List<ConsumerRecord<byte[], byte[]>> consumeAll(String topic, int expected) {
        Map<String, Object> props = KAFKA.clientProperties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(
                        props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            // Keep polling a little after the expected count so that an extra record would show.
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                if (records.size() >= expected && quietUntil == Long.MAX_VALUE) {
                    quietUntil = System.nanoTime() + Duration.ofSeconds(1).toNanos();
                }
            }
        }
        assertThat(records).hasSize(expected);
        return records;
    }
}
