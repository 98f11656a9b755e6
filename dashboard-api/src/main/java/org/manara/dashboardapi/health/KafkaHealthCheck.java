package org.manara.dashboardapi.health;

import com.codahale.metrics.health.HealthCheck;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;

/** Healthy while the Kafka cluster describes itself within the timeout. */
public final class KafkaHealthCheck extends HealthCheck {
    private final Admin admin;
    private final Duration timeout;

    public KafkaHealthCheck(Admin admin, Duration timeout) {
        this.admin = admin;
        this.timeout = timeout;
    }

    @Override
    protected Result check() throws InterruptedException {
        int timeoutMs = (int) timeout.toMillis();
        try {
            DescribeClusterResult cluster =
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(timeoutMs));
            // The admin call enforces the timeout; the margin only guards against a stuck future.
            long waitMs = timeoutMs + 1_000L;
            String id = cluster.clusterId().get(waitMs, TimeUnit.MILLISECONDS);
            int brokers = cluster.nodes().get(waitMs, TimeUnit.MILLISECONDS).size();
            return Result.healthy("cluster %s with %d broker(s)", id, brokers);
        } catch (ExecutionException e) {
            return Result.unhealthy("Kafka did not answer: " + e.getCause());
        } catch (TimeoutException e) {
            return Result.unhealthy("Kafka did not answer within " + timeoutMs + " ms");
        }
    }
}
