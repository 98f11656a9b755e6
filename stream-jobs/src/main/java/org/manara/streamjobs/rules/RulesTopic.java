package org.manara.streamjobs.rules;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.KafkaSourceOptions;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.manara.rules.format.RuleSource;
import org.manara.streamjobs.pipeline.Uids;

/**
 * The compacted Kafka topic that carries published rule sets. Every publication is written under
 * the same key, so compaction keeps the latest set forever and a job starting from scratch reads it
 * first thing.
 */
public final class RulesTopic {
    /** The key every rule set is written under. */
    public static final String KEY = "ruleset";

    /** How long {@link #publish(String, String, RuleSource)} waits for Kafka. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Largest rule set accepted, as JSON (the default pack is about 70 KB). */
    static final int MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

    /** How often the source looks for the topic when it does not exist yet. */
    static final Duration DISCOVERY_INTERVAL = Duration.ofSeconds(10);

    /**
     * An unbounded source of the rule sets on {@code topic}, from the earliest record: the topic is
     * compacted and tiny, so reading it whole gives the latest set. The topic may not exist yet:
     * the source looks for it every {@link #DISCOVERY_INTERVAL} and reads it from the start once it
     * appears. Offsets are not committed: after a restore, the source resumes from its checkpoint
     * and the rules operator's broadcast state holds the set in force.
     */
    public static KafkaSource<RuleSetMessage> source(String bootstrap, String topic) {
        return source(bootstrap, topic, false);
    }

    /**
     * Like {@link #source(String, String)}; when {@code bounded}, it stops at the records present
     * at start (for bounded runs of the job, which would otherwise never finish).
     */
    public static KafkaSource<RuleSetMessage> source(
            String bootstrap, String topic, boolean bounded) {
        KafkaSourceBuilder<RuleSetMessage> builder =
                KafkaSource.<RuleSetMessage>builder()
                        .setBootstrapServers(bootstrap)
                        // A pattern, not a topic list: a missing topic is then waited for, not
                        // an error, and the job can start before anyone has published.
                        .setTopicPattern(Pattern.compile(Pattern.quote(topic)))
                        .setStartingOffsets(OffsetsInitializer.earliest())
                        .setDeserializer(new RuleSetMessageDeserializer())
                        .setProperty(KafkaSourceOptions.COMMIT_OFFSETS_ON_CHECKPOINT.key(), "false")
                        .setProperty("isolation.level", "read_committed");
        if (bounded) {
            // No periodic discovery: a bounded source that keeps looking for partitions never
            // finishes, and neither would the job.
            builder.setBounded(OffsetsInitializer.latest());
        } else {
            builder.setProperty(
                    KafkaSourceOptions.PARTITION_DISCOVERY_INTERVAL_MS.key(),
                    Long.toString(DISCOVERY_INTERVAL.toMillis()));
        }
        return builder.build();
    }

    /**
     * The rule-set updates as a stream, from {@link #source(String, String, boolean)} with uid
     * {@link Uids#RULES_SOURCE} and parallelism 1 (the topic has one partition). Rule sets carry no
     * event time: the source emits no watermarks, like the posts source.
     */
    public static DataStream<RuleSetMessage> stream(
            StreamExecutionEnvironment env, String bootstrap, String topic, boolean bounded) {
        return stream(env, source(bootstrap, topic, bounded));
    }

    /**
     * Like {@link #stream(StreamExecutionEnvironment, String, String, boolean)} from any source.
     */
    public static DataStream<RuleSetMessage> stream(
            StreamExecutionEnvironment env, Source<RuleSetMessage, ?, ?> updates) {
        return env.fromSource(updates, WatermarkStrategy.noWatermarks(), "rules")
                .returns(TypeInformation.of(RuleSetMessage.class))
                .setParallelism(1)
                .uid(Uids.RULES_SOURCE);
    }

    /**
     * Publishes {@code source} to {@code topic}, creating it compacted if absent, and waits until
     * Kafka has it. Returns the version. Throws {@link RulesTopicException} when Kafka does not
     * answer within {@link #DEFAULT_TIMEOUT} or the topic exists without compaction.
     */
    public static String publish(String bootstrap, String topic, RuleSource source) {
        return publish(bootstrap, topic, source, DEFAULT_TIMEOUT);
    }

    /**
     * Publishes {@code source} as {@link #defaultPublisher()}, now, waiting at most {@code timeout}
     * for each step.
     */
    public static String publish(
            String bootstrap, String topic, RuleSource source, Duration timeout) {
        return publish(
                bootstrap,
                topic,
                RuleSetMessage.of(source, defaultPublisher(), Instant.now()),
                timeout);
    }

    /** Publishes {@code message} (see {@link #publish(String, String, RuleSource)}). */
    public static String publish(
            String bootstrap, String topic, RuleSetMessage message, Duration timeout) {
        if (!message.consistent()) {
            throw new IllegalArgumentException(
                    "rule set message version " + message.version() + " is not its files' hash");
        }
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        ensureTopic(bootstrap, topic, timeout);
        Map<String, Object> props =
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ProducerConfig.ACKS_CONFIG, "all",
                        ProducerConfig.LINGER_MS_CONFIG, 0,
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4",
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_MESSAGE_BYTES,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, timeoutMs,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, KEY, message.toJson()))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RulesTopicException("interrupted while publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException | org.apache.kafka.common.KafkaException e) {
            throw new RulesTopicException(
                    "could not write rule set "
                            + message.version()
                            + " to "
                            + topic
                            + " at "
                            + bootstrap
                            + ": "
                            + cause(e),
                    e);
        }
        return message.version();
    }

    /**
     * Creates {@code topic} (one partition, compacted) unless it exists; an existing topic must be
     * compacted, or the set in force would one day be deleted by retention and a restarted job
     * would fall back to the packaged rules. A bounded job needs the topic to exist: a bounded
     * Kafka source subscribed to a pattern that matches nothing never finishes.
     */
    public static void ensureTopic(String bootstrap, String topic, Duration timeout) {
        int timeoutMs = Math.toIntExact(timeout.toMillis());
        Map<String, Object> props =
                Map.of(
                        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
        Admin admin = Admin.create(props);
        try {
            try {
                admin.describeCluster().clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw new RulesTopicException(
                        "Kafka at "
                                + bootstrap
                                + " is unreachable (no answer within "
                                + timeout.toSeconds()
                                + " s)",
                        e);
            }
            NewTopic newTopic =
                    new NewTopic(topic, Optional.of(1), Optional.empty())
                            .configs(
                                    Map.of(
                                            TopicConfig.CLEANUP_POLICY_CONFIG,
                                            TopicConfig.CLEANUP_POLICY_COMPACT,
                                            TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                                            Integer.toString(MAX_MESSAGE_BYTES)));
            try {
                admin.createTopics(List.of(newTopic))
                        .all()
                        .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new RulesTopicException(
                            "could not create topic " + topic + ": " + cause(e), e);
                }
            }
            checkCompacted(admin, topic, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RulesTopicException("interrupted while preparing topic " + topic, e);
        } catch (TimeoutException e) {
            throw new RulesTopicException(
                    "Kafka at "
                            + bootstrap
                            + " did not answer within "
                            + timeout.toSeconds()
                            + " s",
                    e);
        } finally {
            admin.close(Duration.ofSeconds(2));
        }
    }

    private static void checkCompacted(Admin admin, String topic, Duration timeout)
            throws InterruptedException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config;
        try {
            config =
                    admin.describeConfigs(List.of(resource))
                            .all()
                            .get(timeout.toMillis(), TimeUnit.MILLISECONDS)
                            .get(resource);
        } catch (ExecutionException e) {
            throw new RulesTopicException(
                    "could not read the configuration of topic " + topic + ": " + cause(e), e);
        }
        ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
        String value = policy == null ? "" : policy.value();
        if (!value.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            throw new RulesTopicException(
                    "topic "
                            + topic
                            + " exists with cleanup.policy="
                            + value
                            + "; a rules topic must be compacted (cleanup.policy=compact)");
        }
    }

    private static String cause(Exception e) {
        Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** {@code user@host}, so a message says who published it. */
    public static String defaultPublisher() {
        String user = System.getProperty("user.name", "unknown");
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return user + "@" + host;
    }

    private RulesTopic() {}
}
