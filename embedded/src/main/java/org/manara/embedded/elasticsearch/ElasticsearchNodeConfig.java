package org.manara.embedded.elasticsearch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.manara.embedded.internal.Args;

/**
 * Everything needed to run one single-node Elasticsearch on loopback: the HTTP port (0 for a random
 * one), a base directory (home, data and logs live below it) and setting overrides. It renders the
 * node settings and the command line of {@link ElasticsearchMain}, and parses that command line
 * back.
 *
 * @param httpPort the HTTP port; 0 binds a random free port
 * @param baseDir holds {@code home/} (config, log4j2.properties), {@code data/} and {@code logs/}
 * @param clusterName the cluster name
 * @param nodeName the node name
 * @param overrides Elasticsearch settings that replace or extend the defaults
 */
public record ElasticsearchNodeConfig(
        int httpPort,
        Path baseDir,
        String clusterName,
        String nodeName,
        Map<String, String> overrides) {

    /** The cluster name unless one is given. */
    public static final String DEFAULT_CLUSTER_NAME = "manara-embedded";

    /** The node name unless one is given. */
    public static final String DEFAULT_NODE_NAME = "manara-node-1";

    public ElasticsearchNodeConfig {
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("httpPort must be 0..65535, got " + httpPort);
        }
        baseDir = Objects.requireNonNull(baseDir, "baseDir").toAbsolutePath();
        checkName("clusterName", clusterName);
        checkName("nodeName", nodeName);
        overrides = Map.copyOf(Objects.requireNonNull(overrides, "overrides"));
    }

    private static void checkName(String what, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }

    /** {@code path.home}; its {@code config/} holds the log4j2.properties. */
    public Path homeDir() {
        return baseDir.resolve("home");
    }

    /** {@code path.data}: indices and cluster state, kept across restarts. */
    public Path dataDir() {
        return baseDir.resolve("data");
    }

    /** {@code path.logs}. */
    public Path logsDir() {
        return baseDir.resolve("logs");
    }

    /** The config directory inside {@link #homeDir()}. */
    public Path configDir() {
        return homeDir().resolve("config");
    }

    /** The node's settings: the defaults below, then {@link #overrides()}. */
    public Map<String, String> settings() {
        Map<String, String> s = new TreeMap<>();
        s.put("cluster.name", clusterName);
        s.put("node.name", nodeName);
        s.put("discovery.type", "single-node");
        s.put("network.host", "127.0.0.1");
        s.put("http.port", Integer.toString(httpPort));
        s.put("transport.port", "0");
        s.put("path.home", homeDir().toString());
        s.put("path.data", dataDir().toString());
        s.put("path.logs", logsDir().toString());
        // A developer laptop or CI disk is often above the 85/90 % watermarks; shards would
        // stay unassigned and every write would time out.
        s.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        // The node shares its heap with Kafka, Flink and the tests; the real-memory breaker
        // would reject requests because of their garbage, not the node's.
        s.put("indices.breaker.total.use_real_memory", "false");
        // The Java client's typed nodes().info() requires settings.node.attr and
        // settings.cluster.election in the response, which list only settings set explicitly
        // (on real clusters x-pack sets the election strategy); "default" is the default.
        s.put("node.attr.manara_embedded", "true");
        s.put("cluster.election.strategy", "default");
        s.putAll(overrides);
        return s;
    }

    /** The arguments {@link ElasticsearchMain} understands for this configuration. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        args.add("--http-port");
        args.add(Integer.toString(httpPort));
        args.add("--data-dir");
        args.add(baseDir.toString());
        args.add("--cluster-name");
        args.add(clusterName);
        args.add("--node-name");
        args.add(nodeName);
        args.addAll(Args.settingArgs(new TreeMap<>(overrides)));
        return args;
    }

    /** Parses arguments written by {@link #toArgs()}. */
    public static ElasticsearchNodeConfig fromArgs(Args args) {
        return new ElasticsearchNodeConfig(
                args.intOption("http-port", 9200),
                Path.of(args.required("data-dir")),
                args.optional("cluster-name", DEFAULT_CLUSTER_NAME),
                args.optional("node-name", DEFAULT_NODE_NAME),
                args.settings());
    }

    /** Parses arguments written by {@link #toArgs()}. */
    public static ElasticsearchNodeConfig fromArgs(List<String> args) {
        return fromArgs(Args.parse(args, Set.of()));
    }
}
