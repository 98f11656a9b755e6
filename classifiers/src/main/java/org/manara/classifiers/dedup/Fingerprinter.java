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
 * <p>MinHash uses {@code bands * rows} hash functions {@code h_i(x) = a_i * x + b_i (mod 2^32)}
 * over the upper 32 bits of the well-mixed 64-bit shingle hash, with random odd {@code a_i}: each
 * is a bijection costing one multiply-add, and the collision rates measured with them
 * (NearDuplicateRatesIT) equal those of a full 64-bit re-hash per function; band {@code b}'s key
 * hashes its {@code rows} minima with {@code b}, so keys of different bands never meet. With the
 * default 32 bands of 4 rows, two posts whose shingle sets have Jaccard similarity s share a band
 * with probability {@code 1 - (1 - s^4)^32}: 0.003 at s = 0.1, 0.05 at 0.2, 0.23 at 0.3, 0.56 at
 * 0.4, 0.87 at 0.5, 0.99 at 0.6, 1.00 from 0.7 (the S-curve's midpoint is near (1/32)^(1/4) =
 * 0.42). Thread-safe and allocation-light.
 */
public final class Fingerprinter {

    private static final long GOLDEN = 0x9e3779b97f4a7c15L;

    private final Normalizer normalizer;
    private final int shingleSize;
    private final int bands;
    private final int rows;
    private final int[] multipliers;
    private final int[] increments;

    private Fingerprinter(Normalizer normalizer, int shingleSize, int bands, int rows) {
        if (shingleSize < 1 || bands < 1 || rows < 1) {
            throw new IllegalArgumentException("shingle size, bands and rows must be positive");
        }
        this.normalizer = normalizer;
        this.shingleSize = shingleSize;
        this.bands = bands;
        this.rows = rows;
        this.multipliers = new int[bands * rows];
        this.increments = new int[bands * rows];
        for (int i = 0; i < multipliers.length; i++) {
            multipliers[i] = (int) Hashing.fmix64((i + 1) * GOLDEN) | 1;
            increments[i] = (int) Hashing.fmix64(~((i + 1) * GOLDEN));
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
            return new Fingerprint(0L, new int[multipliers.length], new long[0]);
        }
        int[] min = minima(shingles);
        return new Fingerprint(simhash(shingles), min, bandKeys(min));
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

    /**
     * Each byte value spread to eight byte lanes, one per bit: {@code SPREAD[v]} has byte {@code k}
     * equal to bit {@code k} of {@code v}.
     */
    private static final long[] SPREAD = new long[256];

    static {
        for (int v = 0; v < 256; v++) {
            for (int k = 0; k < 8; k++) {
                SPREAD[v] |= (long) (v >>> k & 1) << (8 * k);
            }
        }
    }

    /**
     * Bit {@code b} is set where more than half of the shingle hashes have it. The 64 counts are
     * kept as byte lanes of eight longs (one per byte of the hash; adding {@link #SPREAD} of that
     * byte counts its eight bits at once), emptied every 255 shingles before a lane can overflow:
     * the same counts as testing each bit of each hash, about five times faster.
     */
    static long simhash(long[] shingles) {
        int n = shingles.length;
        int[] ones = new int[64];
        long[] lanes = new long[8];
        for (int start = 0; start < n; start += 255) {
            Arrays.fill(lanes, 0L);
            for (int j = start, end = Math.min(n, start + 255); j < end; j++) {
                long h = shingles[j];
                for (int p = 0; p < 8; p++) {
                    lanes[p] += SPREAD[(int) (h >>> (8 * p)) & 0xFF];
                }
            }
            for (int p = 0; p < 8; p++) {
                for (int k = 0; k < 8; k++) {
                    ones[8 * p + k] += (int) (lanes[p] >>> (8 * k)) & 0xFF;
                }
            }
        }
        long out = 0;
        for (int b = 0; b < 64; b++) {
            if (2 * ones[b] > n) {
                out |= 1L << b;
            }
        }
        return out;
    }

    /**
     * The signature: per hash function the minimum over the shingles. 32-bit arithmetic on purpose:
     * 32 bits per minimum are plenty to estimate Jaccard similarity and to key bands, and a JIT
     * that vectorises integer minima runs this loop (the hot spot of fingerprinting) several times
     * faster. JDK 25's C2 does (3.7 against 15 µs for 128 functions over about 110 shingles, in a
     * scratch loop on the 2-core VM, 2026-12-01); Java 17's, the project's baseline, does not.
     */
    private int[] minima(long[] shingles) {
        int[] a = multipliers;
        int[] b = increments;
        int[] min = new int[a.length];
        Arrays.fill(min, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            int h = (int) (shingle >>> 32);
            for (int i = 0; i < a.length; i++) {
                min[i] = Math.min(min[i], a[i] * h + b[i]);
            }
        }
        return min;
    }

    private long[] bandKeys(int[] min) {
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
