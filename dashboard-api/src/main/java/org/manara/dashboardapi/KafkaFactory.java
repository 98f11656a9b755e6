package org.manara.dashboardapi;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.lifecycle.setup.LifecycleEnvironment;
import io.dropwizard.util.Duration;
import io.dropwizard.validation.MinDuration;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.manara.model.Topics;

/**
 * The {@code kafka} section: bootstrap servers, the topic ingested posts go to, how long a publish
 * may take, and pass-through client settings ({@code client} for every client, such as security
 * settings; {@code producer} for the producer only). Builds the producer and the admin client the
 * health check uses.
 */
public class KafkaFactory {
    private static final Set<String> FIXED =
            Set.of(
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG);

    @NotBlank private String bootstrapServers = "127.0.0.1:9092";

    @NotBlank private String topic = Topics.POSTS;

    /** Upper bound for one post to be acknowledged: the producer's delivery.timeout.ms. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.SECONDS)
    private Duration publishTimeout = Duration.seconds(30);

    /** How long a send may wait for metadata (a broker that is down): max.block.ms. */
    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration maxBlock = Duration.seconds(5);

    @NotNull
    @MinDuration(value = 1, unit = TimeUnit.MILLISECONDS)
    private Duration healthCheckTimeout = Duration.seconds(2);

    @NotNull private Map<String, String> client = new LinkedHashMap<>();

    @NotNull private Map<String, String> producer = new LinkedHashMap<>();

    @JsonProperty
    public String getBootstrapServers() {
        return bootstrapServers;
    }

    @JsonProperty
    public void setBootstrapServers(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @JsonProperty
    public String getTopic() {
        return topic;
    }

    @JsonProperty
    public void setTopic(String topic) {
        this.topic = topic;
    }

    @JsonProperty
    public Duration getPublishTimeout() {
        return publishTimeout;
    }

    @JsonProperty
    public void setPublishTimeout(Duration publishTimeout) {
        this.publishTimeout = publishTimeout;
    }

    @JsonProperty
    public Duration getMaxBlock() {
        return maxBlock;
    }

    @JsonProperty
    public void setMaxBlock(Duration maxBlock) {
        this.maxBlock = maxBlock;
    }

    @JsonProperty
    public Duration getHealthCheckTimeout() {
        return healthCheckTimeout;
    }

    @JsonProperty
    public void setHealthCheckTimeout(Duration healthCheckTimeout) {
        this.healthCheckTimeout = healthCheckTimeout;
    }

    /** Write-only: client settings may hold credentials (sasl.jaas.config). */
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public void setClient(Map<String, String> client) {
        this.client = client == null ? new LinkedHashMap<>() : new LinkedHashMap<>(client);
    }

    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY)
    public void setProducer(Map<String, String> producer) {
        this.producer = producer == null ? new LinkedHashMap<>() : new LinkedHashMap<>(producer);
    }

    @JsonIgnore
    @ValidationMethod(
            message =
                    "client and producer settings may not set bootstrap.servers or the"
                            + " serializers; use bootstrapServers")
    public boolean isPassThroughSafe() {
        return client.keySet().stream().noneMatch(FIXED::contains)
                && producer.keySet().stream().noneMatch(FIXED::contains);
    }

    /**
     * Producer settings: acknowledged by every in-sync replica, idempotent (a retried send is not
     * duplicated), a short linger to batch a request's posts, and timeouts derived from this
     * section. Pass-through settings override the defaults.
     */
    @JsonIgnore
    public Map<String, Object> producerProperties() {
        long deliveryMs = publishTimeout.toMilliseconds();
        long lingerMs = 5;
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.LINGER_MS_CONFIG, Long.toString(lingerMs));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Long.toString(maxBlock.toMilliseconds()));
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, Long.toString(deliveryMs));
        // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms.
        props.put(
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                Long.toString(Math.min(10_000, deliveryMs - lingerMs)));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "manara-api");
        props.putAll(client);
        props.putAll(producer);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    @JsonIgnore
    public Map<String, Object> adminProperties() {
        int timeoutMs = (int) healthCheckTimeout.toMilliseconds();
        Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "manara-api-health");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Integer.toString(timeoutMs));
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Integer.toString(timeoutMs));
        props.putAll(client);
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        return props;
    }

    /** A producer flushed and closed when the application stops. */
    public Producer<byte[], byte[]> buildProducer(LifecycleEnvironment lifecycle) {
        KafkaProducer<byte[], byte[]> kafka =
                new KafkaProducer<>(
                        producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
        lifecycle.manage(
                new io.dropwizard.lifecycle.Managed() {
                    @Override
                    public void stop() {
                        kafka.close(java.time.Duration.ofSeconds(10));
                    }
                });
        return kafka;
    }

    /** An admin client (for the health check) closed when the application stops. */
    public Admin buildAdmin(LifecycleEnvironment lifecycle) {
        Admin admin = Admin.create(adminProperties());
        lifecycle.manage(
                new io.dropwizard.lifecycle.Managed() {
                    @Override
                    public void stop() {
                        admin.close(java.time.Duration.ofSeconds(5));
                    }
                });
        return admin;
    }
}
