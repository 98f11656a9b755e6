package org.manara.classifiers.dedup;

import java.util.Arrays;

/**
 * Near-duplicate fingerprints of one post: a 64-bit SimHash, a MinHash signature and its LSH band
 * keys. Two posts are candidate near-copies when they share any band key (see {@link
 * Fingerprinter#collisionProbability}); {@link #jaccard} and {@link #hammingDistance} then say how
 * close they are. A post with no words has no band keys and matches nothing.
 */
public record Fingerprint(long simhash, int[] minhash, long[] bandKeys) {

    /** Estimated Jaccard similarity of the two posts' shingle sets (fraction of equal minima). */
    public double jaccard(Fingerprint other) {
        if (minhash.length != other.minhash.length) {
            throw new IllegalArgumentException("signatures of different lengths");
        }
        if (bandKeys.length == 0 || other.bandKeys.length == 0) {
            return 0.0;
        }
        int same = 0;
        for (int i = 0; i < minhash.length; i++) {
            if (minhash[i] == other.minhash[i]) {
                same++;
            }
        }
        return same / (double) minhash.length;
    }

    /** Number of differing SimHash bits, 0 to 64. */
    public int hammingDistance(Fingerprint other) {
        return Long.bitCount(simhash ^ other.simhash);
    }

    /** Whether the two posts fall in the same LSH bucket for at least one band. */
    public boolean sharesBand(Fingerprint other) {
        int n = Math.min(bandKeys.length, other.bandKeys.length);
        for (int i = 0; i < n; i++) {
            if (bandKeys[i] == other.bandKeys[i]) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        return bandKeys.length == 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fingerprint f
                && simhash == f.simhash
                && Arrays.equals(minhash, f.minhash)
                && Arrays.equals(bandKeys, f.bandKeys);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(simhash) + Arrays.hashCode(minhash))
                + Arrays.hashCode(bandKeys);
    }

    @Override
    public String toString() {
        return "Fingerprint[simhash="
                + Long.toHexString(simhash)
                + ", bands="
                + bandKeys.length
                + "]";
    }
}
