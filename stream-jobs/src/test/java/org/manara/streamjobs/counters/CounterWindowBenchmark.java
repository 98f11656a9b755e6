package org.manara.streamjobs.counters;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one distinct-counter request costs a key whose window spans ten buckets ({@code
 * distinctPerBucket} authors in each: a small key, a busy one, a popular URL or hashtag), the two
 * ways {@link CounterStateFunction} can answer it: merging every bucket's sketch ({@code
 * mergeEveryBucket}, what it did for every request before the key's {@link WindowUnion}), or adding
 * the post's value to the key's union and estimating from it ({@code updateTheUnion}, what it does
 * now while the union is current). Both include adding the post to its bucket.
 *
 * <p>Run: {@code java -cp <test classpath> org.openjdk.jmh.Main CounterWindowBenchmark}
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgs = {"-Xmx1g"})
@Threads(1)
public class CounterWindowBenchmark {
    private static final int BUCKETS = 10;
    private static final int VALUES = 1024;

    @Param({"5", "100", "2000"})
    public int distinctPerBucket;

    private CounterWindow window;
    private WindowUnion union;
    private List<List<DistinctValue>> posts;
    private int next;

    @Setup
    public void setUp() {
        CounterWindow w = CounterWindow.empty();
        int author = 0;
        for (long b = 0; b < BUCKETS; b++) {
            for (int i = 0; i < distinctPerBucket; i++) {
                w = w.plus(b, 0, 1, List.of(new DistinctValue(0, "author-" + author++)));
            }
        }
        window = w;
        union = w.union(0, BUCKETS - 1, 1);
        posts = new ArrayList<>();
        for (int i = 0; i < VALUES; i++) {
            posts.add(List.of(new DistinctValue(0, "new-author-" + i)));
        }
    }

    @Benchmark
    public long mergeEveryBucket() {
        List<DistinctValue> post = posts.get(next++ & (VALUES - 1));
        CounterWindow after = window.plus(BUCKETS - 1, 0, 1, post);
        return after.totals(0, BUCKETS - 1, 1)[1];
    }

    @Benchmark
    public long updateTheUnion() {
        List<DistinctValue> post = posts.get(next++ & (VALUES - 1));
        CounterWindow after = window.plus(BUCKETS - 1, 0, 1, post);
        return after.totals(0, BUCKETS - 1, 1, after.plus(union, post))[1];
    }
}
