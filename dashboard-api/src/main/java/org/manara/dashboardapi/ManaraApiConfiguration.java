package org.manara.dashboardapi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.jetty.HttpConnectorFactory;
import io.dropwizard.logging.common.DefaultLoggingFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import org.manara.dashboardapi.auth.AuthConfiguration;

/**
 * The API's YAML configuration: Dropwizard's own sections ({@code server}, {@code logging}, {@code
 * metrics}) plus {@code elasticsearch}, {@code kafka}, {@code ingest} and {@code auth}. Values may
 * use {@code ${ENV_VAR}} and {@code ${ENV_VAR:-default}}; secrets should.
 */
public class ManaraApiConfiguration extends Configuration {
    @Valid @NotNull private ElasticsearchFactory elasticsearch = new ElasticsearchFactory();

    @Valid @NotNull private KafkaFactory kafka = new KafkaFactory();

    @Valid @NotNull private IngestConfiguration ingest = new IngestConfiguration();

    @Valid @NotNull private AuthConfiguration auth = new AuthConfiguration();

    /**
     * A configuration for running on this machine: the API on {@code 127.0.0.1:port} and the admin
     * endpoints (health checks, metrics) on {@code 127.0.0.1:adminPort}; 0 picks a free port. Add
     * keys with {@code getAuth().addKey(...)}.
     */
    public static ManaraApiConfiguration local(
            int port,
            int adminPort,
            List<String> elasticsearchHosts,
            String kafkaBootstrapServers) {
        ManaraApiConfiguration config = new ManaraApiConfiguration();
        DefaultServerFactory server = new DefaultServerFactory();
        server.setApplicationConnectors(List.of(loopback(port)));
        server.setAdminConnectors(List.of(loopback(adminPort)));
        config.setServerFactory(server);
        config.getElasticsearch().setHosts(elasticsearchHosts);
        config.getKafka().setBootstrapServers(kafkaBootstrapServers);
        if (config.getLoggingFactory() instanceof DefaultLoggingFactory logging) {
            // The clients log every setting at INFO on start; a local run wants the API's lines.
            logging.setLoggers(
                    Map.of(
                            "org.apache.kafka", TextNode.valueOf("WARN"),
                            "org.elasticsearch.client", TextNode.valueOf("WARN")));
        }
        return config;
    }

    private static HttpConnectorFactory loopback(int port) {
        HttpConnectorFactory connector = new HttpConnectorFactory();
        connector.setBindHost("127.0.0.1");
        connector.setPort(port);
        return connector;
    }

    @JsonProperty
    public ElasticsearchFactory getElasticsearch() {
        return elasticsearch;
    }

    @JsonProperty
    public void setElasticsearch(ElasticsearchFactory elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    @JsonProperty
    public KafkaFactory getKafka() {
        return kafka;
    }

    @JsonProperty
    public void setKafka(KafkaFactory kafka) {
        this.kafka = kafka;
    }

    @JsonProperty
    public IngestConfiguration getIngest() {
        return ingest;
    }

    @JsonProperty
    public void setIngest(IngestConfiguration ingest) {
        this.ingest = ingest;
    }

    @JsonProperty
    public AuthConfiguration getAuth() {
        return auth;
    }

    @JsonProperty
    public void setAuth(AuthConfiguration auth) {
        this.auth = auth;
    }
}
