package org.manara.classifiers.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.manara.classifiers.dedup.Fingerprinter;
import org.manara.classifiers.lang.LanguageIdentifier;
import org.manara.classifiers.nlp.CoreNlpPipelines;
import org.manara.classifiers.text.Normalizer;

/**
 * Load time and heap retained by each text stage, and its single-thread throughput measured both
 * per wall-clock second and per CPU-second of the calling thread (the latter is what a core
 * delivers when the machine is shared). Run with one argument: normalizer, language-id,
 * fingerprint, corenlp-en or corenlp-ar, in a fresh JVM each so heap deltas are not shared.
 */
public final class Footprint {

    private Footprint() {}

    public static void main(String[] args) {
        String stage = args.length == 0 ? "normalizer" : args[0];
        switch (stage) {
            case "normalizer" ->
                    run(stage, Normalizer::new, n -> n::normalize, SamplePosts.mixed());
            case "language-id" ->
                    run(stage, LanguageIdentifier::create, l -> l::detect, SamplePosts.mixed());
            case "fingerprint" ->
                    run(stage, Fingerprinter::create, f -> f::fingerprint, SamplePosts.mixed());
            case "corenlp-en" ->
                    run(
                            stage,
                            () -> {
                                CoreNlpPipelines p = CoreNlpPipelines.create();
                                p.warmUpEnglish();
                                return p;
                            },
                            p -> t -> p.analyze(t, "en"),
                            SamplePosts.english());
            case "corenlp-ar" ->
                    run(
                            stage,
                            () -> {
                                CoreNlpPipelines p = CoreNlpPipelines.create();
                                p.warmUpArabic();
                                return p;
                            },
                            p -> t -> p.analyze(t, "ar"),
                            SamplePosts.arabic());
            default -> throw new IllegalArgumentException("unknown stage " + stage);
        }
    }

    private static <T> void run(
            String name,
            Supplier<T> build,
            Function<T, Function<String, Object>> stage,
            List<String> posts) {
        long before = usedHeapMb();
        long t0 = System.nanoTime();
        T built = build.get();
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        long after = usedHeapMb();
        Function<String, Object> f = stage.apply(built);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int n = posts.size();
        double wall = 0;
        double cpu = 0;
        for (int round = 0; round < 4; round++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            for (String post : posts) {
                f.apply(post);
            }
            // The first round is warm-up.
            if (round > 0) {
                wall += (System.nanoTime() - w0) / 1e9;
                cpu += (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            }
        }
        System.out.printf(
                "%s: load %.1f s, heap after load %d MB (+%d MB), %.0f posts/s wall, %.0f posts per"
                        + " CPU-second of the calling thread (%d posts x 3 rounds)%n",
                name, loadSeconds, after, after - before, 3 * n / wall, 3 * n / cpu, n);
    }

    private static long usedHeapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
