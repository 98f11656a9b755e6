package org.manara.embedded.kafka;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.manara.embedded.internal.Args;

/**
 * Everything needed to run one combined broker+controller KRaft node on loopback: two concrete
 * ports, a data directory and setting overrides. It renders the broker's properties and the command
 * line of {@link KafkaMain}, and parses that command line back.
 *
 * @param brokerPort the PLAINTEXT listener clients connect to
 * @param controllerPort the CONTROLLER listener (the single KRaft voter)
 * @param dataDir holds the KRaft log directory and the rendered server.properties
 * @param overrides broker settings that replace or extend the defaults
 */
public record KafkaBrokerConfig(
        int brokerPort, int controllerPort, Path dataDir, Map<String, String> overrides) {

    /** The single node's id; a one-node quorum needs nothing else. */
    public static final int NODE_ID = 1;

    public KafkaBrokerConfig {
        checkPort("brokerPort", brokerPort);
        checkPort("controllerPort", controllerPort);
        if (brokerPort == controllerPort) {
            throw new IllegalArgumentException(
                    "broker and controller need different ports, both are " + brokerPort);
        }
        Objects.requireNonNull(dataDir, "dataDir");
        dataDir = dataDir.toAbsolutePath();
        overrides = Map.copyOf(Objects.requireNonNull(overrides, "overrides"));
    }

    private static void checkPort(String name, int port) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be 1..65535, got " + port);
        }
    }

    /** {@code 127.0.0.1:<brokerPort>}, the value for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    /** The KRaft log directory (topic data and the cluster metadata log). */
    public Path logDir() {
        return dataDir.resolve("kraft-logs");
    }

    /** Where the rendered properties are written for the storage formatter. */
    public Path propertiesFile() {
        return dataDir.resolve("server.properties");
    }

    /** The broker's settings: the defaults below, then {@link #overrides()}. */
    public Properties toProperties() {
        Map<String, String> p = new TreeMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:"
                        + brokerPort
                        + ",CONTROLLER://127.0.0.1:"
                        + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir().toString());
        // One broker: every internal topic must accept replication factor 1 and min ISR 1,
        // otherwise consumer groups and exactly-once producers never become available.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // Fewer internal partitions make the first group join and the first transaction fast.
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.num.partitions", "5");
        // Consumers in tests should not wait three seconds for companions that never come.
        p.put("group.initial.rebalance.delay.ms", "0");
        // The default 128 MiB cleaner buffer is heap a test JVM needs elsewhere; compaction
        // of the small compacted topics here needs far less.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
        // Two cores are shared with Flink and Elasticsearch.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("num.partitions", "1");
        p.putAll(overrides);
        Properties props = new Properties();
        props.putAll(p);
        return props;
    }

    /** The arguments {@link KafkaMain} understands for this configuration. */
    public List<String> toArgs() {
        List<String> args = new ArrayList<>();
        args.add("--broker-port");
        args.add(Integer.toString(brokerPort));
        args.add("--controller-port");
        args.add(Integer.toString(controllerPort));
        args.add("--data-dir");
        args.add(dataDir.toString());
        args.addAll(Args.settingArgs(new TreeMap<>(overrides)));
        return args;
    }

    /** Parses arguments written by {@link #toArgs()} (plus the flags in {@code flags}). */
    public static KafkaBrokerConfig fromArgs(Args args) {
        return new KafkaBrokerConfig(
                args.intOption("broker-port", 9092),
                args.intOption("controller-port", 9093),
                Path.of(args.required("data-dir")),
                args.settings());
    }

    /** Parses arguments written by {@link #toArgs()}. */
    public static KafkaBrokerConfig fromArgs(List<String> args) {
        return fromArgs(Args.parse(args, Set.of()));
    }
}
