package org.manara.streamjobs.sink;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import org.apache.flink.configuration.ReadableConfig;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.manara.model.Json;
import org.manara.streamjobs.options.ElasticsearchOptions;
import org.manara.streamjobs.sink.internal.ElasticsearchBulkClient;

/**
 * Where Elasticsearch is and how to authenticate: serialisable, so it travels with the job graph
 * and each sink subtask opens its own client. {@link #toString()} never shows the secrets.
 */
public record ElasticsearchConnection(
        List<String> hosts, String username, String password, String apiKey, Duration timeout)
        implements BulkClientFactory, Serializable {

    public ElasticsearchConnection {
        if (hosts == null || hosts.isEmpty()) {
            throw new IllegalArgumentException("elasticsearch.hosts must name at least one host");
        }
        hosts = List.copyOf(hosts);
        for (String host : hosts) {
            HttpHost.create(host); // fail fast on a malformed URL, at job build time
        }
        if ((username == null) != (password == null)) {
            throw new IllegalArgumentException(
                    "elasticsearch.username and elasticsearch.password go together");
        }
        timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
    }

    /** A connection without credentials, e.g. to a local node. */
    public static ElasticsearchConnection of(String... hosts) {
        return new ElasticsearchConnection(List.of(hosts), null, null, null, null);
    }

    public static ElasticsearchConnection fromOptions(ReadableConfig options) {
        return new ElasticsearchConnection(
                options.get(ElasticsearchOptions.HOSTS),
                options.getOptional(ElasticsearchOptions.USERNAME).orElse(null),
                options.getOptional(ElasticsearchOptions.PASSWORD).orElse(null),
                options.getOptional(ElasticsearchOptions.API_KEY).orElse(null),
                options.get(ElasticsearchOptions.REQUEST_TIMEOUT));
    }

    /** A low-level REST client; the caller closes it. */
    public RestClient restClient() {
        RestClientBuilder builder =
                RestClient.builder(hosts.stream().map(HttpHost::create).toArray(HttpHost[]::new));
        if (apiKey != null) {
            builder.setDefaultHeaders(
                    new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey)});
        } else if (username != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    AuthScope.ANY, new UsernamePasswordCredentials(username, password));
            builder.setHttpClientConfigCallback(
                    http -> http.setDefaultCredentialsProvider(credentials));
        }
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        builder.setRequestConfigCallback(
                request ->
                        request.setConnectTimeout(Math.min(timeoutMs, 5_000))
                                .setSocketTimeout(timeoutMs));
        return builder.build();
    }

    /** The typed transport over a new REST client, mapping JSON with Manara's settings. */
    public RestClientTransport transport() {
        return new RestClientTransport(
                restClient(), new JacksonJsonpMapper(Json.configure(JsonMapper.builder().build())));
    }

    /** A blocking client; close it with {@code client._transport().close()}. */
    public ElasticsearchClient client() {
        return new ElasticsearchClient(transport());
    }

    /** An async client; close it with {@code client._transport().close()}. */
    public ElasticsearchAsyncClient asyncClient() {
        return new ElasticsearchAsyncClient(transport());
    }

    @Override
    public BulkClient create() {
        return new ElasticsearchBulkClient(transport());
    }

    @Override
    public String toString() {
        return "ElasticsearchConnection[hosts="
                + hosts
                + ", auth="
                + (apiKey != null ? "api-key" : username != null ? "basic:" + username : "none")
                + ", timeout="
                + timeout
                + "]";
    }
}
