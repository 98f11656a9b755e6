package org.manara.classifiers.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the classifiers' JMH benchmarks: by default 1 fork, 2 warm-up and 3 measurement iterations
 * of 2 s, one thread, throughput in posts/s; the system properties {@code bench.warmups}, {@code
 * bench.iterations} and {@code bench.seconds} change that (docs/benchmarks.md also reports a
 * steady-state run with 5, 5 and 4). Arguments are include patterns (regular expressions over
 * benchmark names, default all of this package), e.g. {@code TextStages} or {@code
 * CoreNlp.english}. The system property {@code manara.datasets} is passed on to the forked JVM.
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws RunnerException {
        ChainedOptionsBuilder options =
                new OptionsBuilder()
                        .forks(1)
                        .warmupIterations(Integer.getInteger("bench.warmups", 2))
                        .warmupTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 2)))
                        .measurementIterations(Integer.getInteger("bench.iterations", 3))
                        .measurementTime(TimeValue.seconds(Integer.getInteger("bench.seconds", 2)))
                        .threads(1)
                        .timeUnit(TimeUnit.SECONDS)
                        .jvmArgsAppend("-Xmx3g");
        String datasets = System.getProperty("manara.datasets");
        if (datasets != null) {
            options = options.jvmArgsAppend("-Dmanara.datasets=" + datasets);
        }
        if (args.length == 0) {
            options = options.include("org\\.manara\\.classifiers\\.bench\\..*");
        }
        for (String pattern : args) {
            options = options.include(pattern);
        }
        new Runner(options.build()).run();
    }
}
