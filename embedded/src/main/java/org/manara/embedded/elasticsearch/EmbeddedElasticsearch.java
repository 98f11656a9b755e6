package org.manara.embedded.elasticsearch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.ManaraEmbeddedNode;
import org.elasticsearch.node.NodeValidationException;
import org.elasticsearch.transport.netty4.Netty4Plugin;
import org.manara.embedded.internal.Directories;
import org.manara.embedded.internal.PortCheck;
import org.manara.embedded.process.ChildProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Elasticsearch 8.19 running inside this JVM on loopback, with HTTP (Netty) and
 * Manara's small plugin ({@code GET /}, the {@code arabic} and {@code english} analyzers). Start
 * one with {@link #start()} (random HTTP port, temporary directory) or through {@link #builder()};
 * {@link Builder#startProcess(Path)} runs the same node as a child JVM.
 *
 * <p>Only the server's core features exist (no painless, ingest processors, update-by-query or
 * x-pack); see ARCHITECTURE.md. {@link #close()} stops the node and deletes a temporary directory;
 * it is idempotent.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

    private final ElasticsearchNodeConfig config;
    private final ManaraEmbeddedNode node;
    private final int httpPort;
    private final boolean temporaryDir;
    private final Duration startupTime;
    private boolean closed;

    private EmbeddedElasticsearch(
            ElasticsearchNodeConfig config,
            ManaraEmbeddedNode node,
            int httpPort,
            boolean temporaryDir,
            Duration startupTime) {
        this.config = config;
        this.node = node;
        this.httpPort = httpPort;
        this.temporaryDir = temporaryDir;
        this.startupTime = startupTime;
    }

    /** A node on a random HTTP port with a temporary directory. */
    public static EmbeddedElasticsearch start() {
        return builder().start();
    }

    /** Options: HTTP port, persistent directory, names, settings, start-up timeout. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a node for exactly this configuration and waits until the cluster is at least yellow.
     *
     * @param temporaryDir delete {@code config.baseDir()} on close
     */
    public static EmbeddedElasticsearch start(
            ElasticsearchNodeConfig config, boolean temporaryDir, Duration timeout) {
        long started = System.nanoTime();
        NodeLogging.writeConfig(config.configDir());
        Settings.Builder settings = Settings.builder();
        config.settings().forEach(settings::put);
        Environment environment =
                InternalSettingsPreparer.prepareEnvironment(
                        settings.build(), Map.of(), config.configDir(), config::nodeName);
        NodeLogging.configureOnce(environment);
        ManaraEmbeddedNode node = null;
        try {
            node =
                    new ManaraEmbeddedNode(
                            environment, List.of(Netty4Plugin.class, ManaraEmbeddedPlugin.class));
            node.start();
            int port = node.httpAddress().publishAddress().getPort();
            awaitHealthy(port, timeout);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("Elasticsearch ready at http://127.0.0.1:{} in {} ms", port, took.toMillis());
            return new EmbeddedElasticsearch(config, node, port, temporaryDir, took);
        } catch (NodeValidationException e) {
            stopQuietly(node);
            cleanUp(config, temporaryDir);
            throw new IllegalStateException("Elasticsearch node failed validation", e);
        } catch (RuntimeException | Error e) {
            stopQuietly(node);
            cleanUp(config, temporaryDir);
            throw e;
        }
    }

    private static void cleanUp(ElasticsearchNodeConfig config, boolean temporaryDir) {
        if (temporaryDir) {
            Directories.deleteQuietly(config.baseDir());
        }
    }

    /** Polls cluster health over HTTP: the node elects itself and recovers state after start(). */
    private static void awaitHealthy(int port, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI health =
                URI.create(
                        "http://127.0.0.1:"
                                + port
                                + "/_cluster/health?wait_for_status=yellow&timeout=5s");
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no response";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response =
                        http.send(
                                HttpRequest.newBuilder(health)
                                        .timeout(Duration.ofSeconds(10))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for Elasticsearch", e);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for Elasticsearch", e);
            }
        }
        throw new IllegalStateException(
                "Elasticsearch on port " + port + " not healthy within " + timeout + ": " + last);
    }

    private static void stopQuietly(ManaraEmbeddedNode node) {
        if (node == null) {
            return;
        }
        try {
            node.close();
            if (!node.awaitClose(30, TimeUnit.SECONDS)) {
                LOG.warn("Elasticsearch node did not finish closing within 30 s");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Elasticsearch node did not close cleanly: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String httpUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    /** The bound HTTP port (the random one when the builder asked for 0). */
    public int httpPort() {
        return httpPort;
    }

    /** The base directory (home, data, logs); temporary unless the builder was given one. */
    public Path baseDir() {
        return config.baseDir();
    }

    /** The configuration this node runs with. */
    public ElasticsearchNodeConfig config() {
        return config;
    }

    /** The cluster name. */
    public String clusterName() {
        return config.clusterName();
    }

    /** Wall time from building the node to a yellow (or green) cluster. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops the node (waiting for it) and deletes a temporary directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopQuietly(node);
        cleanUp(config, temporaryDir);
    }

    @Override
    public String toString() {
        return "EmbeddedElasticsearch[" + httpUrl() + ", " + baseDir() + "]";
    }

    /** Options for an in-process node or a child-process node. */
    public static final class Builder {
        private int httpPort;
        private Path dataDir;
        private String clusterName = ElasticsearchNodeConfig.DEFAULT_CLUSTER_NAME;
        private String nodeName = ElasticsearchNodeConfig.DEFAULT_NODE_NAME;
        private final Map<String, String> overrides = new LinkedHashMap<>();
        private Duration startupTimeout = Duration.ofSeconds(90);
        private final List<String> jvmArgs = new ArrayList<>(List.of("-Xmx1g"));

        private Builder() {}

        /** The HTTP port; 0 (the default) binds a random free port. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /**
         * A persistent base directory, kept on close and reused by the next start (indices and
         * cluster state survive). Without it a temporary directory is deleted on close.
         */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** The cluster name; {@value ElasticsearchNodeConfig#DEFAULT_CLUSTER_NAME} by default. */
        public Builder clusterName(String name) {
            this.clusterName = name;
            return this;
        }

        /** The node name; {@value ElasticsearchNodeConfig#DEFAULT_NODE_NAME} by default. */
        public Builder nodeName(String name) {
            this.nodeName = name;
            return this;
        }

        /**
         * A node setting that replaces or extends the defaults in {@link ElasticsearchNodeConfig}.
         */
        public Builder setting(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        /** How long to wait for a healthy node; 90 s by default. */
        public Builder startupTimeout(Duration timeout) {
            this.startupTimeout = timeout;
            return this;
        }

        /** JVM options for {@link #startProcess}; {@code -Xmx1g} by default. */
        public Builder processJvmArgs(List<String> args) {
            jvmArgs.clear();
            jvmArgs.addAll(args);
            return this;
        }

        /** Starts the node in this JVM. */
        public EmbeddedElasticsearch start() {
            PortCheck.requireFree("Elasticsearch HTTP", httpPort);
            boolean temporary = dataDir == null;
            Path dir = temporary ? Directories.createTemp("manara-es-") : dataDir;
            return EmbeddedElasticsearch.start(config(dir), temporary, startupTimeout);
        }

        /**
         * Starts the node as a child JVM ({@link ElasticsearchMain}) on this JVM's class path and
         * waits until it is healthy. {@link ChildProcess#address()} is the HTTP URL. Without a
         * {@link #dataDir} the child gets a temporary directory, deleted on close.
         *
         * @param logFile receives the child's standard output and error (appended)
         */
        public ChildProcess startProcess(Path logFile) {
            PortCheck.requireFree("Elasticsearch HTTP", httpPort);
            boolean temporary = dataDir == null;
            Path dir = temporary ? Directories.createTemp("manara-es-") : dataDir;
            return ChildProcess.builder("elasticsearch", ElasticsearchMain.class)
                    .jvmArgs(jvmArgs)
                    .args(config(dir).toArgs())
                    .logFile(logFile)
                    .readyTimeout(startupTimeout.plusSeconds(30))
                    .onClose(temporary ? () -> Directories.deleteQuietly(dir) : () -> {})
                    .start();
        }

        ElasticsearchNodeConfig config(Path dir) {
            return new ElasticsearchNodeConfig(httpPort, dir, clusterName, nodeName, overrides);
        }
    }
}
