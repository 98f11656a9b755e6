package org.manara.embedded.kafka;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.manara.embedded.internal.Directories;
import org.manara.embedded.internal.FreePorts;
import org.manara.embedded.internal.PortCheck;
import org.manara.embedded.process.ChildProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node KRaft Kafka broker (broker and controller in one) running inside this JVM on
 * loopback. Start one with {@link #start()} (random ports, temporary directory) or through {@link
 * #builder()}; {@link Builder#startProcess(Path)} runs the same broker as a child JVM.
 *
 * <p>Internal topics use replication factor 1 and min ISR 1, so consumer groups and transactional
 * (exactly-once) producers work. {@link #close()} stops the broker and deletes a temporary data
 * directory; it is idempotent.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final Duration ADMIN_CALL = Duration.ofSeconds(30);

    private final KafkaBrokerConfig config;
    private final KafkaRaftServer server;
    private final Admin admin;
    private final boolean temporaryDataDir;
    private final Duration startupTime;
    private boolean closed;

    private EmbeddedKafka(
            KafkaBrokerConfig config,
            KafkaRaftServer server,
            Admin admin,
            boolean temporaryDataDir,
            Duration startupTime) {
        this.config = config;
        this.server = server;
        this.admin = admin;
        this.temporaryDataDir = temporaryDataDir;
        this.startupTime = startupTime;
    }

    /** A broker on random loopback ports with a temporary data directory. */
    public static EmbeddedKafka start() {
        return builder().start();
    }

    /** Options: ports, persistent data directory, broker settings, start-up timeout. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a broker for exactly this configuration (no port retries).
     *
     * @param temporaryDataDir delete {@code config.dataDir()} on close
     */
    public static EmbeddedKafka start(
            KafkaBrokerConfig config, boolean temporaryDataDir, Duration timeout) {
        ExitGuard.install();
        long started = System.nanoTime();
        KafkaConfig kafkaConfig = KafkaConfig.fromProps(config.toProperties(), false);
        KafkaStorage.format(config, kafkaConfig);
        KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
        Admin admin = null;
        try {
            server.startup();
            admin = Admin.create(adminProperties(config.bootstrapServers()));
            awaitBroker(admin, config, timeout);
        } catch (RuntimeException | Error e) {
            if (admin != null) {
                admin.close(Duration.ZERO);
            }
            stopQuietly(server);
            if (temporaryDataDir) {
                Directories.deleteQuietly(config.dataDir());
            }
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Kafka broker ready at {} in {} ms", config.bootstrapServers(), took.toMillis());
        return new EmbeddedKafka(config, server, admin, temporaryDataDir, took);
    }

    private static Properties adminProperties(String bootstrap) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "manara-embedded-admin");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return props;
    }

    private static void awaitBroker(Admin admin, KafkaBrokerConfig config, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (!admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                last = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            }
            sleep(50);
        }
        throw new IllegalStateException(
                "Kafka broker at " + config.bootstrapServers() + " not ready within " + timeout,
                last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void stopQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.warn("Kafka broker did not shut down cleanly: {}", e.toString());
        }
    }

    /** {@code 127.0.0.1:<port>}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return config.bootstrapServers();
    }

    /** The client listener's port. */
    public int brokerPort() {
        return config.brokerPort();
    }

    /** The controller listener's port. */
    public int controllerPort() {
        return config.controllerPort();
    }

    /** The data directory (temporary unless the builder was given one). */
    public Path dataDir() {
        return config.dataDir();
    }

    /** The configuration this broker runs with. */
    public KafkaBrokerConfig config() {
        return config;
    }

    /** Wall time from formatting storage to the broker answering describeCluster. */
    public Duration startupTime() {
        return startupTime;
    }

    /**
     * Client settings to start from: {@code bootstrap.servers} only. Copy and add serializers,
     * group ids and the like.
     */
    public Map<String, Object> clientProperties() {
        Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return props;
    }

    /** The broker's own admin client; do not close it, the broker does. */
    public Admin admin() {
        return admin;
    }

    /**
     * Creates a topic with replication factor 1 and waits until every partition has a leader.
     *
     * @return false if the topic already existed (it is left unchanged)
     */
    public boolean createTopic(String name, int partitions) {
        return createTopic(name, partitions, Map.of());
    }

    /** Creates a log-compacted topic ({@code cleanup.policy=compact}); see {@link #createTopic}. */
    public boolean createCompactedTopic(String name, int partitions) {
        return createTopic(name, partitions, Map.of("cleanup.policy", "compact"));
    }

    /** Creates a topic with the given topic-level configs; see {@link #createTopic}. */
    public boolean createTopic(String name, int partitions, Map<String, String> topicConfigs) {
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
        }
        NewTopic topic = new NewTopic(name, partitions, (short) 1).configs(topicConfigs);
        try {
            admin.createTopics(List.of(topic))
                    .all()
                    .get(ADMIN_CALL.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw new IllegalStateException("cannot create topic " + name, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("creating topic " + name + " timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted creating topic " + name, e);
        }
        awaitLeaders(name, partitions);
        return true;
    }

    private void awaitLeaders(String name, int partitions) {
        long deadline = System.nanoTime() + ADMIN_CALL.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                TopicDescription description =
                        admin.describeTopics(List.of(name))
                                .allTopicNames()
                                .get(5, TimeUnit.SECONDS)
                                .get(name);
                if (description != null
                        && description.partitions().size() == partitions
                        && description.partitions().stream().allMatch(p -> p.leader() != null)) {
                    return;
                }
            } catch (ExecutionException | TimeoutException e) {
                // the broker has not seen the new topic yet; ask again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for topic " + name, e);
            }
            sleep(20);
        }
        throw new IllegalStateException("topic " + name + " has no leaders after " + ADMIN_CALL);
    }

    /** Stops the broker (waiting for it) and deletes a temporary data directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        admin.close(Duration.ofSeconds(5));
        stopQuietly(server);
        if (temporaryDataDir) {
            Directories.deleteQuietly(config.dataDir());
        }
    }

    @Override
    public String toString() {
        return "EmbeddedKafka[" + bootstrapServers() + ", " + dataDir() + "]";
    }

    /** Options for an in-process broker or a child-process broker. */
    public static final class Builder {
        private int brokerPort;
        private int controllerPort;
        private Path dataDir;
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private Duration startupTimeout = Duration.ofSeconds(60);
        private final List<String> jvmArgs = new ArrayList<>(List.of("-Xmx512m"));

        private Builder() {}

        /** The client port; 0 (the default) picks a free one. */
        public Builder brokerPort(int port) {
            this.brokerPort = port;
            return this;
        }

        /** The controller port; 0 (the default) picks a free one. */
        public Builder controllerPort(int port) {
            this.controllerPort = port;
            return this;
        }

        /**
         * A persistent data directory, kept on close and reused by the next start. Without it a
         * temporary directory is created and deleted on close.
         */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** A broker setting that replaces or extends the defaults in {@link KafkaBrokerConfig}. */
        public Builder brokerProperty(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** How long to wait for the broker to answer; 60 s by default. */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /** JVM options for {@link #startProcess}; {@code -Xmx512m} by default. */
        public Builder processJvmArgs(List<String> args) {
            jvmArgs.clear();
            jvmArgs.addAll(args);
            return this;
        }

        /**
         * Starts the broker in this JVM. Ports left at 0 are picked at random, and the start is
         * retried with fresh ports if another process grabbed one in between.
         *
         * @throws IllegalStateException if a chosen port is in use, or the broker fails to start
         */
        public EmbeddedKafka start() {
            checkChosenPortsFree();
            boolean randomPorts = brokerPort == 0 || controllerPort == 0;
            int attempts = randomPorts ? 3 : 1;
            RuntimeException failure = null;
            for (int attempt = 1; attempt <= attempts; attempt++) {
                boolean temporary = dataDir == null;
                Path dir = temporary ? Directories.createTemp("manara-kafka-") : dataDir;
                KafkaBrokerConfig config = config(dir);
                try {
                    return EmbeddedKafka.start(config, temporary, startupTimeout);
                } catch (RuntimeException e) {
                    failure = e;
                    if (!FreePorts.isBindFailure(e)) {
                        throw e;
                    }
                    LOG.warn("Kafka port clash on attempt {}: {}", attempt, e.toString());
                }
            }
            throw failure;
        }

        /**
         * Starts the broker as a child JVM ({@link KafkaMain}) on this JVM's class path and waits
         * until it is ready. {@link ChildProcess#address()} is the bootstrap servers string.
         * Without a {@link #dataDir} the child gets a temporary one, deleted on close.
         *
         * @param logFile receives the child's standard output and error (appended)
         */
        public ChildProcess startProcess(Path logFile) {
            checkChosenPortsFree();
            boolean temporary = dataDir == null;
            Path dir = temporary ? Directories.createTemp("manara-kafka-") : dataDir;
            KafkaBrokerConfig config = config(dir);
            ChildProcess process =
                    ChildProcess.builder("kafka", KafkaMain.class)
                            .jvmArgs(jvmArgs)
                            .args(config.toArgs())
                            .logFile(logFile)
                            .readyTimeout(startupTimeout.plusSeconds(30))
                            .onClose(temporary ? () -> Directories.deleteQuietly(dir) : () -> {})
                            .start();
            return process;
        }

        /** A clear message instead of a bind failure deep inside the broker's startup. */
        private void checkChosenPortsFree() {
            PortCheck.requireFree("Kafka broker", brokerPort);
            PortCheck.requireFree("Kafka controller", controllerPort);
        }

        KafkaBrokerConfig config(Path dir) {
            int broker = brokerPort == 0 ? FreePorts.pick() : brokerPort;
            int controller = controllerPort;
            while (controller == 0 || controller == broker) {
                controller = FreePorts.pick();
            }
            return new KafkaBrokerConfig(broker, controller, dir, overrides);
        }
    }
}
