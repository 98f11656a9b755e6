package org.manara.cli.demo;

import io.dropwizard.core.server.DefaultServerFactory;
import io.dropwizard.logging.common.ExternalLoggingFactory;
import io.dropwizard.request.logging.ExternalRequestLogFactory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.manara.cli.ChildStarts;
import org.manara.cli.UserException;
import org.manara.dashboardapi.ManaraApiConfiguration;
import org.manara.dashboardapi.ManaraApiServer;
import org.manara.dashboardapi.auth.ApiKeys;
import org.manara.dashboardapi.auth.GeneratedKey;
import org.manara.dashboardapi.auth.Roles;
import org.manara.embedded.elasticsearch.EmbeddedElasticsearch;
import org.manara.embedded.kafka.EmbeddedKafka;
import org.manara.embedded.process.ChildProcess;
import org.manara.model.Topics;
import org.manara.streamjobs.pipeline.LocalPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code manara demo}: the whole system on this machine. Kafka and Elasticsearch run as child
 * processes over {@code .manara-data/}, the pipeline on a local Flink MiniCluster, the API on
 * {@code --port}, and a synthetic stream feeds it until Ctrl-C, which stops everything.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Start Kafka, Elasticsearch, the moderation pipeline and the API locally, and feed"
                    + " them a realistic synthetic stream. Ctrl-C stops everything.",
        })
public final class DemoCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "Port of the API (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--rate",
            defaultValue = "50",
            description = "Posts per second to feed (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(
            names = "--posts",
            defaultValue = "0",
            description = "Stop feeding after this many records; 0 feeds until Ctrl-C.")
    long posts;

    @Option(
            names = "--data-dir",
            description =
                    "Where the servers keep their data across restarts (default:"
                            + " .manara-data under the Manara directory).")
    Path dataDir;

    /**
     * How long, on exit, the broker and node wait for {@link #shutdown} to reach them before their
     * own hooks stop them (it stops the job first, which can take up to two minutes).
     */
    private static final Duration CHILD_STOP_GRACE = Duration.ofMinutes(3);

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        if (port < 1 || port > 65_535) {
            throw new UserException("--port must be between 1 and 65535, was " + port);
        }
        if (!(rate > 0 && rate <= 100_000)) {
            throw new UserException("--rate must be between 0 and 100000 posts/s, was " + rate);
        }
        if (posts < 0) {
            throw new UserException("--posts must not be negative");
        }
        Path data = (dataDir != null ? dataDir : defaultDataDir()).toAbsolutePath().normalize();
        PrintWriter out = spec.commandLine().getOut();
        try (DemoLock lock = DemoLock.acquire(data)) {
            if (!DemoPorts.isFree(port)) {
                throw new UserException(
                        "port " + port + " is already in use; stop what uses it or pass --port N");
            }
            Thread hook = new Thread(this::shutdown, "manara-demo-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                run(data, lock, out);
            } finally {
                shutdown();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook is running and waits for the same shutdown
                }
            }
        }
        return 0;
    }

    private void run(Path data, DemoLock lock, PrintWriter out) throws Exception {
        Path logs = Files.createDirectories(data.resolve("logs"));
        DemoPorts ports = DemoPorts.loadOrAllocate(data);

        step(out, "starting Kafka and Elasticsearch (logs in " + logs + ")");
        CompletableFuture<ChildProcess> kafkaStart =
                CompletableFuture.supplyAsync(
                        () ->
                                EmbeddedKafka.builder()
                                        .brokerPort(ports.kafkaBroker())
                                        .controllerPort(ports.kafkaController())
                                        .dataDir(data.resolve("kafka"))
                                        .startProcess(logs.resolve("kafka.log")));
        CompletableFuture<ChildProcess> esStart =
                CompletableFuture.supplyAsync(
                        () ->
                                EmbeddedElasticsearch.builder()
                                        .httpPort(ports.elasticsearchHttp())
                                        .dataDir(data.resolve("elasticsearch"))
                                        .startProcess(logs.resolve("elasticsearch.log")));
        // On Ctrl-C the shutdown below stops the job before the broker and node it writes to.
        ChildProcess kafka =
                ChildStarts.await(kafkaStart, "Kafka", logs.resolve("kafka.log"))
                        .stopAfterOwnerOnExit(CHILD_STOP_GRACE);
        running.push(kafka);
        ChildProcess es =
                ChildStarts.await(esStart, "Elasticsearch", logs.resolve("elasticsearch.log"))
                        .stopAfterOwnerOnExit(CHILD_STOP_GRACE);
        running.push(es);
        step(out, "Kafka at " + kafka.address() + ", Elasticsearch at " + es.address());

        createTopics(kafka.address());

        step(out, "starting the moderation pipeline on a local Flink MiniCluster");
        LocalPipeline pipeline =
                LocalPipeline.start(
                        LocalPipeline.options(
                                kafka.address(), es.address(), data.resolve("checkpoints")));
        running.push(pipeline);

        step(out, "starting the API on port " + port);
        GeneratedKey key = ApiKeys.generate();
        ManaraApiConfiguration config =
                ManaraApiConfiguration.local(port, 0, List.of(es.address()), kafka.address());
        config.getAuth().addKey("demo", key.sha256(), Set.copyOf(Roles.ALL));
        // The CLI's logback.xml already sends the full log to a file; keep it.
        config.setLoggingFactory(new ExternalLoggingFactory());
        // Request logging through logback-access prints version warnings on every start; the
        // demo's API activity is visible through the admin metrics instead.
        ((DefaultServerFactory) config.getServerFactory())
                .setRequestLogFactory(new ExternalRequestLogFactory());
        ManaraApiServer api = ManaraApiServer.start(config);
        running.push(api);

        String apiUrl = api.baseUri().toString();
        Path env = data.resolve("demo.env");
        Files.writeString(
                env,
                "MANARA_API_URL=" + apiUrl + "\nMANARA_API_KEY=" + key.key() + "\n",
                StandardCharsets.UTF_8);
        env.toFile().setReadable(false, false);
        env.toFile().setReadable(true, true);
        lock.describe("API at " + apiUrl);

        PostFeeder feeder =
                new PostFeeder(
                        kafka.address(), Topics.POSTS, rate, posts, System.currentTimeMillis());
        running.push(feeder);
        banner(
                out,
                apiUrl,
                api.adminUri().toString(),
                key.key(),
                es.address(),
                kafka.address(),
                env);

        Thread feeding = new Thread(feeder, "manara-demo-feeder");
        feeding.setDaemon(true);
        feeding.start();
        Progress progress = new Progress(out, feeder);
        while (!awaitStop(Duration.ofSeconds(10))) {
            progress.print();
            if (!pipelineAlive(pipeline)) {
                throw new IllegalStateException(
                        "the pipeline stopped unexpectedly; see the log above");
            }
        }
    }

    private static boolean pipelineAlive(LocalPipeline pipeline) {
        return !pipeline.result().isDone();
    }

    private boolean awaitStop(Duration d) throws InterruptedException {
        return stopped.await(d.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private static void createTopics(String bootstrap) {
        try (var admin =
                org.apache.kafka.clients.admin.Admin.create(
                        java.util.Map.of("bootstrap.servers", bootstrap))) {
            var existing = admin.listTopics().names().get();
            List<org.apache.kafka.clients.admin.NewTopic> topics =
                    java.util.stream.Stream.of(
                                    Topics.POSTS,
                                    Topics.POSTS_DEADLETTER,
                                    Topics.VERDICTS,
                                    Topics.EVENTS)
                            .filter(t -> !existing.contains(t))
                            .map(t -> new org.apache.kafka.clients.admin.NewTopic(t, 2, (short) 1))
                            .toList();
            if (!topics.isEmpty()) {
                admin.createTopics(topics).all().get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the demo topics: " + e, e);
        }
    }

    private static void step(PrintWriter out, String message) {
        out.println("manara demo: " + message);
        out.flush();
    }

    private static void banner(
            PrintWriter out,
            String apiUrl,
            String adminUrl,
            String key,
            String es,
            String kafka,
            Path env) {
        out.println();
        out.println("  Manara is running. Ctrl-C stops everything.");
        out.println();
        out.println("  API            " + apiUrl + "/api/v1/posts?flagged=true&limit=10");
        out.println("  API key        " + key);
        out.println("  Health checks  " + adminUrl + "/healthcheck");
        out.println("  Elasticsearch  " + es);
        out.println("  Kafka          " + kafka);
        out.println("  Settings       " + env + " (source it: . " + env + ")");
        out.println();
        out.println(
                "  Try: curl -s -H \"Authorization: Bearer $MANARA_API_KEY\""
                        + " \"$MANARA_API_URL/api/v1/posts?flagged=true&limit=5\"");
        out.println();
        out.flush();
    }

    private static Path defaultDataDir() {
        String home = System.getenv("MANARA_HOME");
        return (home != null ? Path.of(home) : Path.of("")).resolve(".manara-data");
    }

    /** Stops everything this demo started, newest first. Safe to call more than once. */
    private synchronized void shutdown() {
        if (running.isEmpty()) {
            stopped.countDown();
            return;
        }
        System.err.println("manara demo: stopping...");
        stopped.countDown();
        while (!running.isEmpty()) {
            AutoCloseable c = running.pop();
            try {
                c.close();
            } catch (Exception e) {
                System.err.println("manara demo: could not stop " + c + ": " + e);
            }
        }
        System.err.println("manara demo: stopped");
    }

    /**
     * One status line every few seconds while feeding: records fed so far and the rate; once the
     * feed has ended (--posts reached), one last line and then silence.
     */
    private static final class Progress {
        private final PrintWriter out;
        private final PostFeeder feeder;
        private final long started = System.nanoTime();
        private boolean reportedEnd;

        Progress(PrintWriter out, PostFeeder feeder) {
            this.out = out;
            this.feeder = feeder;
        }

        void print() {
            if (reportedEnd) {
                return;
            }
            boolean finished = feeder.finished();
            long end = finished ? feeder.finishedAt() : System.nanoTime();
            double seconds = (end - started) / 1e9;
            out.printf(
                    "manara demo: %s%,d records fed (%.0f/s)%s%s%n",
                    finished ? "done feeding: " : "",
                    feeder.sent(),
                    feeder.sent() / Math.max(seconds, 1e-9),
                    feeder.failed() > 0 ? ", " + feeder.failed() + " failed" : "",
                    finished ? "; everything keeps running until Ctrl-C" : "");
            out.flush();
            reportedEnd = finished;
        }
    }
}
