package org.manara.classifiers.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.manara.classifiers.text.Normalizer;
import org.manara.classifiers.text.TestCorpus;

/**
 * Measures how often perturbed copies of real tweets share an LSH band key with their original, and
 * how often unrelated tweets do, on 2,000 distinct tweets of davidson2017 and of
 * airline_tweets_stream (the airline tweets are one topic and many share phrases, the harder case).
 * Thresholds sit a little below the rates measured when this was written.
 */
class NearDuplicateRatesIT {

    private static final int SAMPLE = 2000;
    private static final int UNRELATED_PAIRS = 200_000;
    private static final int SIMHASH_NEAR = 12;
    private static final Fingerprinter FINGERPRINTER = Fingerprinter.create();

    @Test
    void davidsonTweets() {
        Rates rates = measure("davidson2017", TestCorpus::davidson);
        for (Perturbation p : Perturbation.values()) {
            assertThat(rates.copies.get(p)).as(p.name()).isGreaterThan(0.90);
        }
        assertThat(rates.unrelated).isLessThan(0.001);
        assertThat(rates.simhashCopies).isGreaterThan(0.80);
        assertThat(rates.simhashUnrelated).isLessThan(0.002);
    }

    @Test
    void airlineTweets() {
        Rates rates = measure("airline_tweets_stream", TestCorpus::airline);
        for (Perturbation p : Perturbation.values()) {
            assertThat(rates.copies.get(p)).as(p.name()).isGreaterThan(0.90);
        }
        assertThat(rates.unrelated).isLessThan(0.001);
        assertThat(rates.simhashCopies).isGreaterThan(0.80);
        assertThat(rates.simhashUnrelated).isLessThan(0.002);
    }

    private record Rates(
            Map<Perturbation, Double> copies,
            double unrelated,
            double simhashCopies,
            double simhashUnrelated) {}

    private static Rates measure(String name, Function<Path, List<String>> reader) {
        Optional<Path> datasets = TestCorpus.datasets();
        assumeTrue(datasets.isPresent(), TestCorpus.missingMessage());
        List<String> tweets = sample(reader.apply(datasets.get()));
        List<Fingerprint> originals = tweets.stream().map(FINGERPRINTER::fingerprint).toList();
        Map<Perturbation, Double> copies = new EnumMap<>(Perturbation.class);
        Random random = new Random(42);
        double simhashCopies = 0;
        for (Perturbation p : Perturbation.values()) {
            int near = 0;
            int shared = 0;
            double jaccard = 0;
            int hamming = 0;
            for (int i = 0; i < tweets.size(); i++) {
                Fingerprint copy = FINGERPRINTER.fingerprint(p.apply(tweets.get(i), random));
                shared += copy.sharesBand(originals.get(i)) ? 1 : 0;
                jaccard += copy.jaccard(originals.get(i));
                hamming += copy.hammingDistance(originals.get(i));
                near += copy.hammingDistance(originals.get(i)) <= SIMHASH_NEAR ? 1 : 0;
            }
            if (p == Perturbation.COMBINED) {
                simhashCopies = near / (double) tweets.size();
            }
            copies.put(p, shared / (double) tweets.size());
            System.out.printf(
                    "%s %-14s copies sharing a band: %.4f  mean est. Jaccard %.3f  mean SimHash"
                            + " distance %.1f  within %d bits: %.4f%n",
                    name,
                    p,
                    copies.get(p),
                    jaccard / tweets.size(),
                    hamming / (double) tweets.size(),
                    SIMHASH_NEAR,
                    near / (double) tweets.size());
        }
        int unrelated = 0;
        int near = 0;
        double jaccard = 0;
        int hamming = 0;
        for (int k = 0; k < UNRELATED_PAIRS; k++) {
            int i = random.nextInt(tweets.size());
            int j = random.nextInt(tweets.size() - 1);
            j = j >= i ? j + 1 : j;
            unrelated += originals.get(i).sharesBand(originals.get(j)) ? 1 : 0;
            jaccard += originals.get(i).jaccard(originals.get(j));
            hamming += originals.get(i).hammingDistance(originals.get(j));
            near += originals.get(i).hammingDistance(originals.get(j)) <= SIMHASH_NEAR ? 1 : 0;
        }
        double rate = unrelated / (double) UNRELATED_PAIRS;
        System.out.printf(
                "%s unrelated pairs sharing a band: %.5f (%d of %d)  mean est. Jaccard %.3f  mean"
                        + " SimHash distance %.1f  within %d bits: %.5f%n",
                name,
                rate,
                unrelated,
                UNRELATED_PAIRS,
                jaccard / UNRELATED_PAIRS,
                hamming / (double) UNRELATED_PAIRS,
                SIMHASH_NEAR,
                near / (double) UNRELATED_PAIRS);
        return new Rates(copies, rate, simhashCopies, near / (double) UNRELATED_PAIRS);
    }

    /**
     * 2,000 tweets of at least eight words whose folded texts are distinct (the datasets hold
     * retweets of each other, which are near-copies, not unrelated posts), chosen with a fixed
     * seed.
     */
    private static List<String> sample(List<String> all) {
        List<String> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(7));
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        Normalizer normalizer = Normalizer.standard();
        for (String t : shuffled) {
            String content = Shingler.content(normalizer.normalize(t));
            if (t.split(" ").length >= 8 && seen.add(content)) {
                out.add(t);
                if (out.size() == SAMPLE) {
                    break;
                }
            }
        }
        return out;
    }
}
