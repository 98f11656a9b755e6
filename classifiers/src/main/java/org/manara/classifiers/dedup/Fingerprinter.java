package org.manara.classifiers.dedup;

import java.util.Arrays;
import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Normalizer;

/**
 * Computes {@link Fingerprint}s over the character shingles of a post's folded words (see {@link
 * Shingler}): folding makes case, accents, homoglyphs, leetspeak and elongation irrelevant, and
 * URLs, mentions, emoji and punctuation are left out, so near-copies that differ only in those get
 * the same shingles.
 *
 * <p>MinHash uses {@code bands * rows} hash functions (MurmurHash3's finaliser over the shingle
 * hash xor a per-function seed); band {@code b}'s key hashes its {@code rows} minima with {@code
 * b}, so keys of different bands never meet. With the default 32 bands of 4 rows, two posts whose
 * shingle sets have Jaccard similarity s share a band with probability {@code 1 - (1 - s^4)^32}:
 * 0.003 at s = 0.1, 0.05 at 0.2, 0.23 at 0.3, 0.56 at 0.4, 0.87 at 0.5, 0.99 at 0.6, 1.00 from 0.7
 * (the S-curve's midpoint is near (1/32)^(1/4) = 0.42). Thread-safe and allocation-light.
 */
public final class Fingerprinter {

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private final Normalizer normalizer;
    private final int shingleSize;
    private final int bands;
    private final int rows;
    private final long[] seeds;

    private Fingerprinter(Normalizer normalizer, int shingleSize, int bands, int rows) {
        if (shingleSize < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingle size, bands and rows must be positive");
        }
        this.normalizer = normalizer;
        this.shingleSize = shingleSize;
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = Hashing.fmix64((i + 1) * GOLDEN);
        }
    }

    /** 5-character shingles, 128 MinHash functions in 32 bands of 4 rows. */
    public static Fingerprinter create() {
        return new Fingerprinter(Normalizer.standard(), 5, 32, 4);
    }

    public static Fingerprinter create(
            Normalizer normalizer, int shingleSize, int bands, int rows) {
        return new Fingerprinter(normalizer, shingleSize, bands, rows);
    }

    public Fingerprint fingerprint(String text) {
        return fingerprint(normalizer.normalize(text));
    }

    public Fingerprint fingerprint(NormalizedText text) {
        long[] shingles = Shingler.shingles(Shingler.content(text), shingleSize);
        if (shingles.length == 0) {
            return new Fingerprint(0L, new int[seeds.length], new long[0]);
        }
        long[] min = minima(shingles);
        return new Fingerprint(simhash(shingles), signature(min), bandKeys(min));
    }

    /** Probability that posts with shingle Jaccard similarity {@code s} share a band key. */
    public static double collisionProbability(double s, int bands, int rows) {
        return 1.0 - Math.pow(1.0 - Math.pow(s, rows), bands);
    }

    public int bands() {
        return bands;
    }

    public int rows() {
        return rows;
    }

    private static long simhash(long[] shingles) {
        int[] votes = new int[64];
        for (long h : shingles) {
            for (int b = 0; b < 64; b++) {
                votes[b] += (int) ((h >>> b) & 1L) * 2 - 1;
            }
        }
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (votes[b] > 0) {
                out |= 1L << b;
            }
        }
        return out;
    }

    private long[] minima(long[] shingles) {
        long[] min = new long[seeds.length];
        Arrays.fill(min, Long.MAX_VALUE);
        for (long h : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long v = Hashing.fmix64(h ^ seeds[i]);
                if (v < min[i]) {
                    min[i] = v;
                }
            }
        }
        return min;
    }

    /** The signature keeps 32 bits of each minimum: plenty to estimate Jaccard, half the size. */
    private static int[] signature(long[] min) {
        int[] out = new int[min.length];
        for (int i = 0; i < min.length; i++) {
            out[i] = (int) (min[i] ^ (min[i] >>> 32));
        }
        return out;
    }

    private long[] bandKeys(long[] min) {
        long[] keys = new long[bands];
        for (int b = 0; b < bands; b++) {
            long k = Hashing.fmix64(b + 1L);
            for (int r = 0; r < rows; r++) {
                k = Hashing.fmix64(k ^ min[b * rows + r]) + GOLDEN;
            }
            keys[b] = k;
        }
        return keys;
    }
}
