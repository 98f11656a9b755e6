package org.manara.cli.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.manara.cli.ChildStarts;
import org.manara.embedded.elasticsearch.EmbeddedElasticsearch;
import org.manara.embedded.kafka.EmbeddedKafka;
import org.manara.embedded.process.ChildProcess;

/**
 * The servers a benchmark runs against: a Kafka broker and (unless {@code --no-sink}) an
 * Elasticsearch node, each a child JVM over a temporary directory, as the demo starts them, so
 * their garbage collection and heap do not mix with the job's.
 */
final class BenchStack implements AutoCloseable {
    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final ChildProcess kafka;
    private final ChildProcess elasticsearch;
    private final Path logs;

    private BenchStack(Path logs, ChildProcess kafka, ChildProcess elasticsearch) {
        this.logs = logs;
        this.kafka = kafka;
        this.elasticsearch = elasticsearch;
    }

    static BenchStack start(boolean withElasticsearch) throws Exception {
        Path logs = Files.createTempDirectory("manara-bench-");
        CompletableFuture<ChildProcess> kafkaStart =
                CompletableFuture.supplyAsync(
                        () -> EmbeddedKafka.builder().startProcess(logs.resolve("kafka.log")));
        CompletableFuture<ChildProcess> esStart =
                withElasticsearch
                        ? CompletableFuture.supplyAsync(
                                () ->
                                        EmbeddedElasticsearch.builder()
                                                .startProcess(logs.resolve("elasticsearch.log")))
                        : CompletableFuture.completedFuture(null);
        ChildProcess kafka = null;
        try {
            kafka = ChildStarts.await(kafkaStart, "Kafka", logs.resolve("kafka.log"));
            ChildProcess es =
                    ChildStarts.await(esStart, "Elasticsearch", logs.resolve("elasticsearch.log"));
            BenchStack stack = new BenchStack(logs, kafka, es);
            stack.running.push(kafka);
            if (es != null) {
                stack.running.push(es);
            }
            return stack;
        } catch (RuntimeException e) {
            if (kafka != null) {
                kafka.close();
            }
            esStart.thenAccept(es -> closeQuietly(es));
            throw e;
        }
    }

    String kafkaBootstrap() {
        return kafka.address();
    }

    /** The Elasticsearch URL, or null with {@code --no-sink}. */
    String elasticsearchUrl() {
        return elasticsearch == null ? null : elasticsearch.address();
    }

    Path logs() {
        return logs;
    }

    /**
     * The processes whose CPU time a benchmark counts: this JVM (the job), the broker and, unless
     * {@code --no-sink}, the node.
     */
    Map<String, ProcessHandle> processes() {
        Map<String, ProcessHandle> processes = new LinkedHashMap<>();
        processes.put(CpuWindow.JOB, ProcessHandle.current());
        processes.put("kafka", kafka.handle());
        if (elasticsearch != null) {
            processes.put("elasticsearch", elasticsearch.handle());
        }
        return processes;
    }

    /** Creates a topic with {@code partitions} partitions (replication factor 1). */
    void createTopic(String name, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.address()))) {
            admin.createTopics(List.of(new NewTopic(name, partitions, (short) 1)))
                    .all()
                    .get(30, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        while (!running.isEmpty()) {
            closeQuietly(running.pop());
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            System.err.println("manara bench: could not stop " + c + ": " + e);
        }
    }
}
