package org.manara.dashboardapi.health;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import com.codahale.metrics.health.HealthCheck;
import java.io.IOException;
import java.time.Duration;

/**
 * Healthy while the Elasticsearch cluster answers its health API and is not red. Yellow is healthy:
 * a single node cannot place replicas, and every primary is still searchable.
 */
public final class ElasticsearchHealthCheck extends HealthCheck {
    private final ElasticsearchClient client;
    private final Duration timeout;

    public ElasticsearchHealthCheck(ElasticsearchClient client, Duration timeout) {
        this.client = client;
        this.timeout = timeout;
    }

    @Override
    protected Result check() {
        try {
            HealthResponse health =
                    client.cluster().health(h -> h.timeout(t -> t.time(timeout.toMillis() + "ms")));
            String summary =
                    String.format(
                            "cluster %s is %s with %d node(s)",
                            health.clusterName(),
                            health.status().jsonValue(),
                            health.numberOfNodes());
            return health.status() == HealthStatus.Red
                    ? Result.unhealthy(summary)
                    : Result.healthy(summary);
        } catch (ElasticsearchException e) {
            return Result.unhealthy("Elasticsearch refused the health request: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            return Result.unhealthy("Elasticsearch is unreachable: " + e);
        }
    }
}
