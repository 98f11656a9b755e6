package org.manara.dashboardapi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.Optional;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.dashboardapi.TestPosts;
import org.manara.dashboardapi.api.PostsPage;
import org.manara.dashboardapi.core.PostQuery;
import org.manara.dashboardapi.core.StoreUnavailableException;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.model.Json;

/** The Elasticsearch store's edge cases against a real node. */
class ElasticsearchPostStoreIT {
    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    static ElasticsearchClient client;

    @BeforeAll
    static void connect() {
        client = client(ES.httpUrl());
    }

    @AfterAll
    static void disconnect() throws IOException {
        client._transport().close();
    }

    @Test
    void aMissingAliasIsAnEmptyPageNotAnError() {
        PostsPage page =
                new ElasticsearchPostStore(client, ES.uniqueIndex("never-created"))
                        .find(new PostQuery(Optional.of(true), 10));

        assertThat(page).isEqualTo(PostsPage.empty());
    }

    @Test
    void anIndexWithoutTheSortFieldsMappedIsSearchable() throws IOException {
        String alias = ES.uniqueIndex("unmapped");
        client.indices().create(c -> c.index(alias + "-1").aliases(alias, a -> a));

        PostsPage empty = new ElasticsearchPostStore(client, alias).find(new PostQuery(null, 5));
        assertThat(empty.total()).isZero();

        client.index(
                i ->
                        i.index(alias + "-1")
                                .id("one")
                                .document(
                                        TestPosts.scored(
                                                "one", Instant.parse("2026-03-02T00:00:00Z"), true))
                                .refresh(Refresh.True));
        PostsPage page =
                new ElasticsearchPostStore(client, alias).find(new PostQuery(Optional.of(true), 5));
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.items().get(0).post().id()).isEqualTo("one");
        assertThat(page.items().get(0).flagged()).isTrue();
    }

    @Test
    void anUnreachableClusterIsStoreUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ElasticsearchClient nowhere = client("http://127.0.0.1:" + closedPort);
        try {
            assertThatThrownBy(
                            () ->
                                    new ElasticsearchPostStore(nowhere, "manara-posts")
                                            .find(new PostQuery(null, 5)))
                    .isInstanceOf(StoreUnavailableException.class)
                    .hasMessageContaining("unreachable");
        } finally {
            nowhere._transport().close();
        }
    }

    private static ElasticsearchClient client(String url) {
        return new ElasticsearchClient(
                new RestClientTransport(
                        RestClient.builder(HttpHost.create(url)).build(),
                        new JacksonJsonpMapper(Json.configure(new ObjectMapper()))));
    }
}
