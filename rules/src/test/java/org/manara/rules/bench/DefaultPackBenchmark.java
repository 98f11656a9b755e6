package org.manara.rules.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.manara.model.Category;
import org.manara.model.CategoryScore;
import org.manara.model.Post;
import org.manara.model.Scores;
import org.manara.model.Verdict;
import org.manara.model.sample.SampleKind;
import org.manara.model.sample.SyntheticPost;
import org.manara.model.sample.SyntheticPosts;
import org.manara.rules.actions.InMemoryCapLedger;
import org.manara.rules.engine.CampaignFacts;
import org.manara.rules.engine.RuleEngine;
import org.manara.rules.engine.RuleInput;
import org.manara.rules.engine.RuleSet;
import org.manara.rules.engine.RuleSetLoader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Evaluates the whole default pack per post, on one thread, over the synthetic post stream's mix
 * (about 11% spam, 7% abuse, campaign bursts, English and Arabic chatter) with scores, counters and
 * campaigns that fit each kind. Three costs: the rule set alone on a prepared input; the same
 * through the engine with caps; and the full per-post work including building the input from a
 * model post (text normalisation, domain extraction).
 *
 * <p>Run: {@code java -cp <test classpath> org.openjdk.jmh.Main DefaultPackBenchmark}
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
@Threads(1)
public class DefaultPackBenchmark {
    private static final int N = 4096;
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private RuleSet set;
    private RuleEngine engine;
    private RuleInput[] inputs;
    private Post[] posts;
    private Scores[] scores;
    private Map<String, Long>[] counters;
    private CampaignFacts[] campaigns;
    private int next;
    private long cpuAtStart;
    private int nextAtStart;

    @Setup
    @SuppressWarnings("unchecked")
    public void setup() {
        RuleSetLoader loader = RuleSetLoader.standard();
        set = loader.loadDefaultPack().orThrow();
        engine = new RuleEngine(loader, set, new InMemoryCapLedger());
        SyntheticPosts gen = new SyntheticPosts(2026, NOW.minusSeconds(3600), 200);
        SplittableRandom rnd = new SplittableRandom(7);
        inputs = new RuleInput[N];
        posts = new Post[N];
        scores = new Scores[N];
        counters = new Map[N];
        campaigns = new CampaignFacts[N];
        for (int i = 0; i < N; i++) {
            SyntheticPost sp = gen.nextLabelled();
            posts[i] = sp.post();
            scores[i] = scoresFor(sp.kind(), rnd);
            counters[i] = countersFor(sp.kind(), rnd);
            campaigns[i] =
                    sp.kind() == SampleKind.CAMPAIGN
                            ? new CampaignFacts(
                                    "c-" + rnd.nextInt(20),
                                    20 + rnd.nextInt(400),
                                    0.6 + rnd.nextDouble() * 0.4)
                            : null;
            inputs[i] = set.input(posts[i], scores[i], counters[i], campaigns[i]);
        }
    }

    /**
     * On a shared machine the wall-clock score depends on what else runs; the benchmark thread's
     * CPU time does not, so each iteration also prints posts per CPU-second of that thread.
     */
    @Setup(Level.Iteration)
    public void startCpuClock() {
        cpuAtStart = THREADS.getCurrentThreadCpuTime();
        nextAtStart = next;
    }

    @TearDown(Level.Iteration)
    public void printCpuThroughput() {
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuAtStart) / 1e9;
        System.out.printf(
                "  [%,.0f posts per CPU-second of the benchmark thread]%n",
                (next - nextAtStart) / cpuSeconds);
    }

    private static Scores scoresFor(SampleKind kind, SplittableRandom rnd) {
        Map<String, CategoryScore> m = new HashMap<>();
        for (Category c : Category.values()) {
            m.put(c.key(), CategoryScore.of(rnd.nextDouble() * 0.2));
        }
        switch (kind) {
            case SPAM -> m.put("spam", CategoryScore.of(0.5 + rnd.nextDouble() * 0.5));
            case ABUSE -> {
                m.put("harassment", CategoryScore.of(0.5 + rnd.nextDouble() * 0.5));
                m.put("offensive", CategoryScore.of(0.4 + rnd.nextDouble() * 0.6));
                m.put("threat", CategoryScore.of(rnd.nextDouble()));
                m.put("hate", CategoryScore.of(rnd.nextDouble() * 0.8));
            }
            default -> {}
        }
        return new Scores(m, "bench");
    }

    private static Map<String, Long> countersFor(SampleKind kind, SplittableRandom rnd) {
        boolean burst = kind == SampleKind.SPAM || kind == SampleKind.CAMPAIGN;
        int scale = burst ? 80 : 6;
        Map<String, Long> m = new HashMap<>();
        for (String c :
                new String[] {
                    "author_posts_10m",
                    "author_posts_1h",
                    "url_authors_10m",
                    "domain_authors_1h",
                    "fingerprint_posts_1h",
                    "fingerprint_authors_1h",
                    "hashtag_authors_10m"
                }) {
            m.put(c, (long) rnd.nextInt(scale) + 1);
        }
        return m;
    }

    @Benchmark
    public Verdict ruleSet() {
        return set.evaluate(inputs[next++ & (N - 1)], NOW);
    }

    @Benchmark
    public Verdict engineWithCaps() {
        return engine.evaluate(inputs[next++ & (N - 1)]);
    }

    @Benchmark
    public Verdict fromModelPost() {
        int i = next++ & (N - 1);
        return set.evaluate(set.input(posts[i], scores[i], counters[i], campaigns[i]), NOW);
    }
}
