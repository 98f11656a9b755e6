package org.manara.classifiers.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.manara.classifiers.DefaultClassifiers;
import org.manara.classifiers.features.NormalizedView;
import org.manara.classifiers.features.TextView;
import org.manara.classifiers.policy.PolicyClassifier;
import org.manara.model.CategoryScore;
import org.manara.model.Scores;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Policy scoring throughput on one thread (posts/s per core): the six policy categories on
 * pre-normalised text (offensive and hate models sharing one featurisation, four lexicons), and the
 * full {@link DefaultClassifiers} path from raw text (normalise once, spam + policy). Run: {@code
 * java -cp <test classpath> org.openjdk.jmh.Main PolicyBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PolicyBenchmark {
    private static final Function<String, TextView> ANALYZER = NormalizedView::of;
    private DefaultClassifiers classifiers;
    private PolicyClassifier policy;
    private List<TextView> views;
    private int i;
    private final CpuRate cpu = new CpuRate();

    @Setup(Level.Iteration)
    public void startIteration() {
        cpu.start(i);
    }

    @TearDown(Level.Iteration)
    public void endIteration(BenchmarkParams params) {
        cpu.print(params.getBenchmark(), i);
    }

    @Setup
    public void setup() {
        classifiers = DefaultClassifiers.shared();
        policy = classifiers.policy();
        views = BenchmarkTexts.POSTS.stream().map(ANALYZER).toList();
    }

    @Benchmark
    public Map<String, CategoryScore> policyModelsOnly() {
        Map<String, CategoryScore> out = new HashMap<>();
        policy.score(views.get(i++ % views.size()), out);
        return out;
    }

    @Benchmark
    public Scores allCategoriesFromRawText() {
        return classifiers.score(BenchmarkTexts.POSTS.get(i++ % BenchmarkTexts.POSTS.size()));
    }
}
