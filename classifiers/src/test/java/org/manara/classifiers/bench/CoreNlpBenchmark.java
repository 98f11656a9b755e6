package org.manara.classifiers.bench;

import java.util.concurrent.TimeUnit;
import org.manara.classifiers.nlp.CoreNlpPipelines;
import org.manara.classifiers.nlp.NlpAnalysis;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/** CoreNLP annotation of real tweets, one post per operation, on one thread. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class CoreNlpBenchmark {

    /** The pipelines are lazy: each benchmark's fork loads only the one it uses. */
    @State(Scope.Benchmark)
    public static class Pipelines {
        CoreNlpPipelines nlp;
        String[] english;
        String[] arabic;

        @Setup(Level.Trial)
        public void setUp() {
            nlp = CoreNlpPipelines.create();
            english = SamplePosts.english().toArray(String[]::new);
            arabic = SamplePosts.arabic().toArray(String[]::new);
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        String of(String[] posts) {
            String post = posts[next % posts.length];
            next++;
            return post;
        }
    }

    @Benchmark
    public NlpAnalysis english(Pipelines p, Cursor c, CpuMeter cpu) {
        cpu.post();
        return p.nlp.analyze(c.of(p.english), "en");
    }

    @Benchmark
    public NlpAnalysis arabic(Pipelines p, Cursor c, CpuMeter cpu) {
        cpu.post();
        return p.nlp.analyze(c.of(p.arabic), "ar");
    }
}
