package org.manara.dashboardapi;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.http.Header;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.apache.http.message.BasicHeader;
import org.elasticsearch.client.RestClient;
import org.manara.model.Indices;
import org.manara.model.Json;

/**
 * The {@code elasticsearch} section: where the cluster is, how to authenticate (an API key, or a
 * username and password; secrets come from environment variables, never from the file), which index
 * or alias holds scored posts, and timeouts. Builds the client and ties it to the application's
 * lifecycle.
 */
public class ElasticsearchFactory {
    @NotEmpty private List<@NotBlank String> hosts = List.of("http://127.0.0.1:9200");

    private String username;
    private String password;
    private String apiKey;

    @NotBlank private String index = Indices.POSTS_ALIAS;

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration connectTimeout = Duration.seconds(2);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration socketTimeout = Duration.seconds(10);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration healthCheckTimeout = Duration.seconds(2);

    @JsonProperty
    public List<String> getHosts() {
        return hosts;
    }

    @JsonProperty
    public void setHosts(List<String> hosts) {
        this.hosts = hosts == null ? List.of() : List.copyOf(hosts);
    }

    @JsonProperty
    public String getUsername() {
        return username;
    }

    @JsonProperty
    public void setUsername(String username) {
        this.username = blankToNull(username);
    }

    /** Write-only: a secret is never serialised back out. */
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public void setPassword(String password) {
        this.password = blankToNull(password);
    }

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public void setApiKey(String apiKey) {
        this.apiKey = blankToNull(apiKey);
    }

    @JsonProperty
    public String getIndex() {
        return index;
    }

    @JsonProperty
    public void setIndex(String index) {
        this.index = index;
    }

    @JsonProperty
    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    @JsonProperty
    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    @JsonProperty
    public Duration getSocketTimeout() {
        return socketTimeout;
    }

    @JsonProperty
    public void setSocketTimeout(Duration socketTimeout) {
        this.socketTimeout = socketTimeout;
    }

    @JsonProperty
    public Duration getHealthCheckTimeout() {
        return healthCheckTimeout;
    }

    @JsonProperty
    public void setHealthCheckTimeout(Duration healthCheckTimeout) {
        this.healthCheckTimeout = healthCheckTimeout;
    }

    @JsonIgnore
    @ValidationMethod(
            message = "hosts must be http:// or https:// URLs such as http://127.0.0.1:9200")
    public boolean isHostsUrls() {
        return hosts.stream().allMatch(ElasticsearchFactory::isHttpUrl);
    }

    @JsonIgnore
    @ValidationMethod(
            message = "set either apiKey or username and password (or neither), not a mixture")
    public boolean isCredentialsConsistent() {
        boolean basic = username != null || password != null;
        boolean complete = username != null && password != null;
        return apiKey == null ? !basic || complete : !basic;
    }

    /** A client whose connections close when the application stops. */
    public ElasticsearchClient build(LifecycleEnvironment lifecycle) {
        var builder =
                RestClient.builder(hosts.stream().map(HttpHost::create).toArray(HttpHost[]::new))
                        .setRequestConfigCallback(
                                r ->
                                        r.setConnectTimeout((int) connectTimeout.toMilliseconds())
                                                .setSocketTimeout(
                                                        (int) socketTimeout.toMilliseconds()));
        if (apiKey != null) {
            builder.setDefaultHeaders(
                    new Header[] {new BasicHeader("Authorization", "ApiKey " + apiKey)});
        } else if (username != null) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(
                    AuthScope.ANY, new UsernamePasswordCredentials(username, password));
            builder.setHttpClientConfigCallback(h -> h.setDefaultCredentialsProvider(credentials));
        }
        ObjectMapper mapper = Json.configure(new ObjectMapper());
        RestClientTransport transport =
                new RestClientTransport(builder.build(), new JacksonJsonpMapper(mapper));
        lifecycle.manage(
                new io.dropwizard.lifecycle.Managed() {
                    @Override
                    public void stop() throws Exception {
                        transport.close();
                    }
                });
        return new ElasticsearchClient(transport);
    }

    private static boolean isHttpUrl(String host) {
        try {
            URI uri = URI.create(host);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
