package org.manara.classifiers.features;

/** The hash functions behind the hashed feature space (FNV-1a over chars, Murmur3's finaliser). */
public final class Hashing {
    static final int FNV_OFFSET = 0x811C9DC5;
    static final int FNV_PRIME = 0x01000193;

    private Hashing() {}

    /** Murmur3's 32-bit finaliser: spreads FNV's weak low bits before masking. */
    public static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** FNV-1a of {@code s[from, to)}. */
    public static int hash(CharSequence s, int from, int to) {
        int h = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    /**
     * 64-bit FNV-1a of {@code s[from, to)}, for lexicon lookups where collisions must not occur.
     */
    public static long hash64(CharSequence s, int from, int to) {
        long h = 0xCBF29CE484222325L;
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        return h;
    }

    /** Combines the 64-bit hashes of consecutive tokens into a phrase hash. */
    public static long combine64(long phrase, long token) {
        return (phrase * 0x9E3779B97F4A7C15L) ^ token;
    }

    /** The index of a named feature (engineered signals) in a space of {@code mask + 1}. */
    public static int named(String name, int mask) {
        return mix(hash(name, 0, name.length()) ^ 0x5BD1E995) & mask;
    }
}
