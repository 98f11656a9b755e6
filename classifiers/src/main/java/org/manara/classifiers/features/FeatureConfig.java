package org.manara.classifiers.features;

import java.util.HashMap;
import java.util.Map;

/**
 * What a {@link HashedFeaturizer} extracts; stored inside each model file as a one-line spec (e.g.
 * {@code bits=20 word=1-2 char=2-5 signals=spam}) so a model is always scored with the features it
 * was trained on.
 *
 * @param bits the hashed feature space has {@code 1 << bits} dimensions
 * @param wordMin smallest word n-gram (0 disables word n-grams)
 * @param wordMax largest word n-gram
 * @param charMin smallest character n-gram (0 disables character n-grams)
 * @param charMax largest character n-gram
 * @param signals the engineered signal set: "spam" or "none"
 */
public record FeatureConfig(
        int bits, int wordMin, int wordMax, int charMin, int charMax, String signals) {

    public FeatureConfig {
        if (bits < 10 || bits > 24) {
            throw new IllegalArgumentException("bits must be in [10, 24], was " + bits);
        }
        if (wordMin < 0 || wordMax < wordMin || charMin < 0 || charMax < charMin || charMax > 8) {
            throw new IllegalArgumentException("bad n-gram ranges in " + this);
        }
        if (!signals.equals("spam") && !signals.equals("none")) {
            throw new IllegalArgumentException("signals must be spam or none, was " + signals);
        }
    }

    public int dimension() {
        return 1 << bits;
    }

    public String spec() {
        return "bits="
                + bits
                + " word="
                + wordMin
                + "-"
                + wordMax
                + " char="
                + charMin
                + "-"
                + charMax
                + " signals="
                + signals;
    }

    public static FeatureConfig parse(String spec) {
        Map<String, String> kv = new HashMap<>();
        for (String part : spec.trim().split("\\s+")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("bad feature spec '" + spec + "'");
            }
            kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
        int[] word = range(kv.getOrDefault("word", "1-2"));
        int[] chars = range(kv.getOrDefault("char", "2-5"));
        return new FeatureConfig(
                Integer.parseInt(kv.getOrDefault("bits", "20")),
                word[0],
                word[1],
                chars[0],
                chars[1],
                kv.getOrDefault("signals", "none"));
    }

    private static int[] range(String r) {
        String[] p = r.split("-");
        if (p.length != 2) {
            throw new IllegalArgumentException("bad n-gram range '" + r + "'");
        }
        return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
    }

    @Override
    public String toString() {
        return spec();
    }
}
