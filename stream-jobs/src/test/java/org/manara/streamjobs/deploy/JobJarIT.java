package org.manara.streamjobs.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.manara.embedded.junit.ElasticsearchExtension;
import org.manara.embedded.junit.KafkaExtension;
import org.manara.streamjobs.pipeline.ModerationJob;
import org.manara.streamjobs.sink.ElasticsearchConnection;

/**
 * The shaded job jar, submitted the way {@code flink run} submits it ({@link FlinkRunMain}: a
 * {@code PackagedProgram} over the jar, executed through {@code ClientUtils} with the remote
 * executor against a cluster's REST endpoint, in a JVM that has Flink but not the job's
 * dependencies), runs the moderation job over a bounded input, indexes every post and finishes.
 */
class JobJarIT {
    private static final int POSTS = 120;

    @RegisterExtension static final KafkaExtension KAFKA = new KafkaExtension();
    @RegisterExtension static final ElasticsearchExtension ES = new ElasticsearchExtension();

    @Test
    void jarHoldsTheJobAndItsDependenciesButNotFlink() throws Exception {
        try (JarFile jar = new JarFile(jobJar())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
                    .isEqualTo(ModerationJob.class.getName());
            for (String present :
                    List.of(
                            "org/manara/streamjobs/pipeline/ModerationJob.class",
                            "org/manara/rules/engine/RuleEngine.class",
                            "org/manara/classifiers/DefaultClassifiers.class",
                            "org/apache/flink/connector/kafka/source/KafkaSource.class",
                            "org/apache/flink/connector/base/sink/AsyncSinkBase.class",
                            "org/apache/kafka/clients/consumer/KafkaConsumer.class",
                            "co/elastic/clients/elasticsearch/ElasticsearchAsyncClient.class")) {
                assertThat(jar.getEntry(present)).as(present).isNotNull();
            }
            assertThat(jar.stream().map(e -> e.getName()))
                    .as("the shipped models and the default rule pack")
                    .anyMatch(n -> n.startsWith("org/manara/classifiers/spam/"))
                    .anyMatch(n -> n.startsWith("org/manara/classifiers/policy/"))
                    .noneMatch(n -> n.startsWith("org/apache/flink/runtime/"))
                    .noneMatch(n -> n.startsWith("org/apache/flink/streaming/api/environment/"))
                    .noneMatch(n -> n.startsWith("org/apache/flink/api/common/"))
                    .noneMatch(n -> n.startsWith("org/slf4j/"))
                    .noneMatch(n -> n.startsWith("edu/stanford/nlp/models/"))
                    .noneMatch(n -> n.matches("META-INF/[^/]+\\.(SF|DSA|RSA|EC)"));
        }
    }

    @Test
    void flinkRunOfTheJarIndexesABoundedInput() throws Exception {
        String input = KAFKA.createTopic("posts", 2);
        String alias = ES.uniqueIndex("jobjar");
        DeployFixture.produce(KAFKA, input, 11, POSTS);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(
                ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                        .filter(a -> a.startsWith("--add-"))
                        .toList());
        command.add("-cp");
        command.add(clusterClassPath());
        command.add(FlinkRunMain.class.getName());
        command.add(jobJar().getAbsolutePath());
        command.addAll(List.of(DeployFixture.jobArgs(KAFKA, ES, input, alias, true)));
        // Kept under target/ so a failed run can be read afterwards.
        Path log = Files.createDirectories(Path.of("target", "flink-run")).resolve(alias + ".log");
        Process flinkRun =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        ElasticsearchClient es = ElasticsearchConnection.of(ES.httpUrl()).client();
        try {
            assertThat(DeployFixture.awaitCount(es, alias, POSTS, Duration.ofSeconds(90)))
                    .as("documents indexed; log:%n%s", problems(log))
                    .isEqualTo(POSTS);
            boolean ended = flinkRun.waitFor(60, TimeUnit.SECONDS);
            assertThat(ended)
                    .as("the bounded job ends by itself; log:%n%s", problems(log))
                    .isTrue();
            assertThat(flinkRun.exitValue())
                    .as("exit of flink run; log:%n%s", problems(log))
                    .isZero();
        } finally {
            flinkRun.destroyForcibly();
            es._transport().close();
        }
    }

    /**
     * This JVM's class path without what the job jar brings: Manara's modules, the Kafka connector
     * and connector base (flink-dist has only the datagen connector), kafka-clients and the
     * Elasticsearch client. Flink loads connector classes parent-first, so leaving them on the
     * cluster's class path would mix them with the jar's kafka-clients (the ClassCastException the
     * jar is built to avoid) and hide classes missing from the jar.
     */
    private static String clusterClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(
                        e ->
                                !e.contains("/org/manara/")
                                        && !e.endsWith("/target/classes")
                                        && !e.contains("/flink-connector-kafka/")
                                        && !e.contains("/flink-connector-base/")
                                        && !e.contains("/org/apache/kafka/")
                                        && !e.contains("/co/elastic/")
                                        && !e.contains("/org/elasticsearch/"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    /** The log's errors and exceptions, without the noise of metric-name warnings. */
    private static String problems(Path log) throws IOException {
        List<String> lines =
                Files.readAllLines(log).stream()
                        .filter(l -> !l.contains("Name collision"))
                        .filter(
                                l ->
                                        l.contains("ERROR")
                                                || l.contains("Exception")
                                                || l.contains("FINISHED"))
                        .toList();
        return String.join("\n", lines.subList(0, Math.min(lines.size(), 40)));
    }

    private static File jobJar() {
        String path = System.getProperty("manara.job.jar");
        assertThat(path)
                .as("system property manara.job.jar (set by the stream-jobs POM for failsafe)")
                .isNotBlank();
        File jar = new File(path);
        assertThat(jar).as("the shaded job jar; run mvn package first").isFile();
        return jar;
    }
}
