package org.manara.classifiers.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.manara.classifiers.DefaultClassifiers;
import org.manara.classifiers.features.NormalizedView;
import org.manara.classifiers.features.TextView;
import org.manara.classifiers.spam.SpamClassifier;
import org.manara.model.CategoryScore;
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
 * Spam scoring throughput on one thread (posts/s per core): the whole path from raw text
 * (normalise, featurise, dot product, evidence) and the model alone on pre-normalised text. Run:
 * {@code java -cp <test classpath> org.openjdk.jmh.Main SpamBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class SpamBenchmark {
    private static final Function<String, TextView> ANALYZER = NormalizedView::of;
    private SpamClassifier spam;
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
        spam = DefaultClassifiers.shared().spam();
        views = BenchmarkTexts.POSTS.stream().map(ANALYZER).toList();
    }

    @Benchmark
    public CategoryScore spamFromRawText() {
        String t = BenchmarkTexts.POSTS.get(i++ % BenchmarkTexts.POSTS.size());
        return spam.score(ANALYZER.apply(t));
    }

    @Benchmark
    public CategoryScore spamModelOnly() {
        return spam.score(views.get(i++ % views.size()));
    }
}
