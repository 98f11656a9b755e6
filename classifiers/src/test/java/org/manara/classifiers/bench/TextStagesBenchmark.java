package org.manara.classifiers.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.manara.classifiers.dedup.Fingerprint;
import org.manara.classifiers.dedup.Fingerprinter;
import org.manara.classifiers.lang.LanguageGuess;
import org.manara.classifiers.lang.LanguageIdentifier;
import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Normalizer;
import org.manara.classifiers.text.Token;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The cheap text stages on real tweets, one post per operation, so the score is posts/s on one
 * thread. Each post goes through the stage from its raw text (as in the pipeline), except that
 * language identification and fingerprints include the normalisation they need.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TextStagesBenchmark {

    /** English, Arabic and French tweets interleaved, with the cheap stages. */
    @State(Scope.Benchmark)
    public static class Stages {
        Normalizer normalizer;
        Fingerprinter fingerprinter;
        String[] mixed;

        @Setup(Level.Trial)
        public void setUp() {
            normalizer = Normalizer.standard();
            fingerprinter = Fingerprinter.create();
            mixed = SamplePosts.mixed().toArray(String[]::new);
        }
    }

    /** The language identifier; a state of its own so only the language benchmark loads it. */
    @State(Scope.Benchmark)
    public static class Languages {
        LanguageIdentifier identifier;

        @Setup(Level.Trial)
        public void setUp() {
            identifier = LanguageIdentifier.create();
        }
    }

    /** Which post comes next, per benchmark thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        String of(String[] posts) {
            String post = posts[next];
            next = next + 1 == posts.length ? 0 : next + 1;
            return post;
        }
    }

    @Benchmark
    public NormalizedText normalize(Stages s, Cursor c, CpuMeter cpu) {
        cpu.post();
        return s.normalizer.normalize(c.of(s.mixed));
    }

    @Benchmark
    public List<Token> normalizeAndTokenize(Stages s, Cursor c, CpuMeter cpu) {
        cpu.post();
        return s.normalizer.normalize(c.of(s.mixed)).tokens();
    }

    @Benchmark
    public LanguageGuess languageId(Stages s, Languages l, Cursor c, CpuMeter cpu) {
        cpu.post();
        return l.identifier.detect(c.of(s.mixed));
    }

    @Benchmark
    public Fingerprint fingerprint(Stages s, Cursor c, CpuMeter cpu) {
        cpu.post();
        return s.fingerprinter.fingerprint(c.of(s.mixed));
    }
}
