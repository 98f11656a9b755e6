package org.manara.classifiers.features;

/**
 * Turns a {@link TextView} into hashed features: word 1..n-grams over the normaliser's tokens,
 * character n-grams over the normalised text (whitespace runs collapsed to one space, padded with a
 * space at each end so prefixes and suffixes are their own grams), and, for spam models, the
 * engineered {@link SpamSignals}. Thread-safe: each thread reuses its own scratch buffer.
 */
public final class HashedFeaturizer {
    private static final int WORD_SEED = 0x2545F491;
    private static final int CHAR_SEED = 0x68E31DA4;

    private final FeatureConfig config;
    private final int mask;
    private final SpamSignals signals;
    private final int[] signalIndex;
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    public HashedFeaturizer(FeatureConfig config, SpamSignals signals) {
        this.config = config;
        this.mask = config.dimension() - 1;
        this.signals = config.signals().equals("spam") ? signals : null;
        this.signalIndex = SpamSignals.indices(mask);
        if (config.signals().equals("spam") && signals == null) {
            throw new IllegalArgumentException("spam signals requested but none given");
        }
    }

    public FeatureConfig config() {
        return config;
    }

    /** Featurises into this thread's buffer, valid until the thread's next call. */
    public FeatureBuffer featurize(TextView view) {
        Scratch s = scratch.get();
        FeatureBuffer buf = s.buffer;
        buf.clear();
        if (config.wordMin() > 0) {
            words(view, buf, s);
        }
        if (config.charMin() > 0) {
            chars(view.normalized(), buf, s);
        }
        if (signals != null) {
            signals.extract(view, buf, signalIndex);
        }
        buf.finish();
        return buf;
    }

    public SparseVector vector(TextView view) {
        return featurize(view).toVector();
    }

    private void words(TextView view, FeatureBuffer buf, Scratch s) {
        String text = view.normalized();
        int n = view.tokenCount();
        int[] th = s.tokenHashes(n);
        for (int i = 0; i < n; i++) {
            th[i] = Hashing.hash(text, view.tokenStart(i), view.tokenEnd(i));
        }
        for (int i = 0; i < n; i++) {
            int h = WORD_SEED;
            for (int len = 1; len <= config.wordMax() && i + len <= n; len++) {
                h = (h * 0x01000193) ^ th[i + len - 1];
                if (len >= config.wordMin()) {
                    int idx = Hashing.mix(h + len) & mask;
                    buf.add(
                            idx,
                            1f,
                            FeatureBuffer.WORD,
                            view.tokenStart(i),
                            view.tokenEnd(i + len - 1),
                            len);
                }
            }
        }
    }

    private void chars(String text, FeatureBuffer buf, Scratch s) {
        int len = s.compact(text);
        char[] c = s.chars;
        int[] pos = s.positions;
        int min = config.charMin();
        int max = config.charMax();
        for (int i = 0; i < len; i++) {
            int h = Hashing.FNV_OFFSET ^ CHAR_SEED;
            for (int n = 1; n <= max && i + n <= len; n++) {
                h = (h ^ c[i + n - 1]) * Hashing.FNV_PRIME;
                if (n >= min) {
                    int idx = Hashing.mix(h + n) & mask;
                    buf.add(idx, 1f, FeatureBuffer.CHAR, pos[i], pos[i + n - 1] + 1, n);
                }
            }
        }
    }

    /** Per-thread reusable arrays. */
    private static final class Scratch {
        final FeatureBuffer buffer = new FeatureBuffer();
        char[] chars = new char[512];
        int[] positions = new int[512];
        int[] hashes = new int[128];

        int[] tokenHashes(int n) {
            if (hashes.length < n) {
                hashes = new int[Math.max(n, hashes.length * 2)];
            }
            return hashes;
        }

        /**
         * Copies text into {@link #chars} with whitespace runs collapsed and a space at each end;
         * {@link #positions} maps each char back to the normalised text (pads map to the nearest
         * real char). Returns the compacted length.
         */
        int compact(String text) {
            int need = text.length() + 2;
            if (chars.length < need) {
                chars = new char[need * 2];
                positions = new int[need * 2];
            }
            int n = 0;
            chars[n] = ' ';
            positions[n++] = 0;
            boolean space = true;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (Character.isWhitespace(ch)) {
                    if (!space) {
                        chars[n] = ' ';
                        positions[n++] = i;
                        space = true;
                    }
                } else {
                    chars[n] = ch;
                    positions[n++] = i;
                    space = false;
                }
            }
            if (!space) {
                chars[n] = ' ';
                positions[n++] = Math.max(0, text.length() - 1);
            }
            return n;
        }
    }
}
