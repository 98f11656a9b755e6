package org.manara.classifiers.lang;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Lingua's character n-gram models (1- to 5-grams, the files its high-accuracy mode loads) for
 * languages that share a script, compiled into one primitive hash table, and the naive-Bayes score
 * over them.
 *
 * <p>Why not Lingua's own detector: it looks each n-gram up in a string-keyed map per language and
 * hands every text to the common fork-join pool, about 1,500 posts/s per core on tweets
 * (docs/benchmarks.md). Here every character of the languages' alphabet has a small id (12 bits; 16
 * for alphabets of thousands, such as Han, which are then scored up to 4-grams), an n-gram is those
 * ids packed into a {@code long}, and one look-up returns the n-gram's log-probability in every
 * language at once. Lingua ships only unigram models for Chinese, Japanese and Korean; they are
 * scored with what there is.
 *
 * <p>The score is the one Lingua's high-accuracy mode computes: for each n from 1 to 5, each
 * distinct n-gram of the text adds, per language, the log of its conditional probability in that
 * language, backing off to the longest prefix the language knows; a language that knows none of the
 * text's n-grams of some order gets nothing for that order; each language's total is divided by the
 * number of the text's distinct letters its unigram model knows. Texts of 120 characters or more
 * are scored by their trigrams alone, as Lingua does. Scores are negative; the best is the largest.
 *
 * <p>Models are read from Lingua's jar once per set of languages and shared (they are immutable).
 * Log-probabilities are kept as {@code short}s in units of 1/1024: the rounding (at most 0.0005 per
 * n-gram) is far below the differences between languages.
 */
final class NgramModel {
    static final int MAX_N = 5;

    /** Bits per character id: enough for alphabetic scripts' models, five to a {@code long}. */
    private static final int NARROW_BITS = 12;

    /** For alphabets of thousands of characters (Han): four to a {@code long}. */
    private static final int WIDE_BITS = 16;

    /** From this many characters (letters and word breaks) on, only trigrams are scored. */
    static final int LONG_TEXT = 120;

    private static final String[] FILES = {
        "unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams"
    };
    private static final float SCALE = 1024f;
    private static final short ABSENT = Short.MIN_VALUE;
    private static final Map<List<String>, NgramModel> LOADED = new ConcurrentHashMap<>();

    /** Largest alphabet whose unigrams and bigrams get a direct table (at most 3.5 MB for 7). */
    private static final int MAX_DIRECT_ALPHABET = 512;

    private final List<String> languages;

    /** Id of each UTF-16 unit in some model's n-grams, 0 for a unit no model has. */
    private final char[] ids = new char[Character.MAX_VALUE + 1];

    private final int bits;
    private final long mask;

    /** The longest n-gram scored: 5, or 4 with {@link #WIDE_BITS}. */
    private final int maxOrder;

    private final int unknownId;

    /** Whether some language has a trigram model (Lingua has none for zh, ja, ko). */
    private final boolean trigrams;

    private final Long2IntOpenHashMap entries;

    /** Per entry, {@code languages.size()} log-probabilities ({@link #ABSENT} if unknown). */
    private final short[] logProbs;

    /**
     * The same for every unigram and bigram, addressed directly by their ids (unigram {@code a} at
     * {@code a}, bigram {@code ab} at {@code alphabet + a * alphabet + b}): a third of a post's
     * look-ups and most back-offs end here, in a table small enough to stay in the CPU's cache.
     * Null for an alphabet too large for that.
     */
    private final short[] shortGrams;

    private final int alphabet;

    private NgramModel(List<String> languages, int bits) {
        if (languages.isEmpty() || languages.size() > Long.SIZE) {
            throw new IllegalArgumentException("1 to 64 languages per model: " + languages);
        }
        this.languages = List.copyOf(languages);
        this.bits = bits;
        this.mask = (1L << bits) - 1;
        this.maxOrder = Math.min(MAX_N, Long.SIZE / bits);
        int n = languages.size();
        int nextId = 1;
        boolean anyTrigrams = false;
        Long2IntOpenHashMap index = new Long2IntOpenHashMap(1 << 16);
        index.defaultReturnValue(-1);
        short[] values = new short[1 << 16];
        Arrays.fill(values, ABSENT);
        int count = 0;
        for (int l = 0; l < n; l++) {
            for (int order = 1; order <= maxOrder; order++) {
                String path =
                        "/language-models/" + languages.get(l) + "/" + FILES[order - 1] + ".json";
                try (InputStream in = Language.class.getResourceAsStream(path)) {
                    if (in == null && order == 1) {
                        throw new IllegalStateException(
                                "Lingua model missing from its jar: " + path);
                    }
                    if (in == null) {
                        continue; // Lingua has only unigrams for Chinese, Japanese and Korean
                    }
                    anyTrigrams |= order == 3;
                    try (JsonParser p = new JsonFactory().createParser(in)) {
                        while (p.nextToken() != null) {
                            if (p.currentToken() != JsonToken.FIELD_NAME
                                    || !"ngrams".equals(p.currentName())) {
                                continue;
                            }
                            p.nextToken(); // START_OBJECT
                            while (p.nextToken() == JsonToken.FIELD_NAME) {
                                short logProb = logProbability(p.currentName(), path);
                                p.nextToken();
                                for (String ngram : p.getText().split(" ")) {
                                    long key = 0;
                                    for (int i = 0; i < ngram.length(); i++) {
                                        char c = ngram.charAt(i);
                                        if (ids[c] == 0) {
                                            if (nextId >= mask) {
                                                throw new AlphabetTooLarge();
                                            }
                                            ids[c] = (char) nextId++;
                                        }
                                        key = key << bits | ids[c];
                                    }
                                    int entry = index.get(key);
                                    if (entry < 0) {
                                        entry = count++;
                                        index.put(key, entry);
                                        if ((long) count * n > values.length) {
                                            int old = values.length;
                                            values = Arrays.copyOf(values, old * 2);
                                            Arrays.fill(values, old, values.length, ABSENT);
                                        }
                                    }
                                    values[entry * n + l] = logProb;
                                }
                            }
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read Lingua model " + path, e);
                }
            }
        }
        index.trim();
        this.entries = index;
        this.logProbs = Arrays.copyOf(values, count * n);
        this.unknownId = nextId;
        this.trigrams = anyTrigrams;
        this.alphabet = nextId + 1;
        this.shortGrams = alphabet <= MAX_DIRECT_ALPHABET ? shortGrams() : null;
    }

    private short[] shortGrams() {
        int n = languages.size();
        short[] direct = new short[(alphabet + alphabet * alphabet) * n];
        Arrays.fill(direct, ABSENT);
        for (int a = 1; a < alphabet; a++) {
            copy(a, a, direct);
            for (int b = 1; b < alphabet; b++) {
                copy((long) a << bits | b, alphabet + a * alphabet + b, direct);
            }
        }
        return direct;
    }

    private void copy(long key, int slot, short[] direct) {
        int entry = entries.get(key);
        if (entry >= 0) {
            int n = languages.size();
            System.arraycopy(logProbs, entry * n, direct, slot * n, n);
        }
    }

    /** Where the log-probabilities of an n-gram start in {@link #logProbs}, or -1. */
    private int base(long key) {
        int entry = entries.get(key);
        return entry < 0 ? -1 : entry * languages.size();
    }

    /** The compiled models of these languages (ISO 639-1), loaded on first use and shared. */
    static NgramModel of(List<String> languages) {
        return LOADED.computeIfAbsent(
                List.copyOf(languages),
                codes -> {
                    try {
                        return new NgramModel(codes, NARROW_BITS);
                    } catch (AlphabetTooLarge e) {
                        return new NgramModel(codes, WIDE_BITS);
                    }
                });
    }

    List<String> languages() {
        return languages;
    }

    /** Number of distinct n-grams over all the languages. */
    int size() {
        return entries.size();
    }

    /**
     * Per language (in {@link #languages()} order), the score of the text: the normalised sum of
     * log-probabilities, negative, larger is more likely; {@code 0} when the language knows nothing
     * of the text (or the text has no letters).
     */
    double[] scores(CharSequence text) {
        int n = languages.size();
        // Letters, lower-cased, as ids; -1 between words. Punctuation, digits and combining marks
        // are dropped (Lingua removes punctuation and digits; its models hold no marks).
        int[] chars = new int[text.length()];
        int len = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int id = ids[Character.toLowerCase(c)];
                chars[len++] = id == 0 ? unknownId : id;
            } else {
                int type = Character.getType(c);
                boolean dropped =
                        type == Character.NON_SPACING_MARK
                                || type == Character.ENCLOSING_MARK
                                || type == Character.COMBINING_SPACING_MARK
                                || type == Character.FORMAT
                                || Character.isDigit(c)
                                || isPunctuation(type);
                if (!dropped && len > 0 && chars[len - 1] >= 0) {
                    chars[len++] = -1;
                }
            }
        }
        double[] total = new double[n];
        double[] order = new double[n];
        int[] knownLetters = new int[n];
        long[] keys = new long[len];
        // Like Lingua, a long text is scored by its trigrams alone: plenty of evidence, a third of
        // the work.
        boolean longText = len >= LONG_TEXT && trigrams;
        for (int size = longText ? 3 : 1; size <= (longText ? 3 : maxOrder); size++) {
            int k = 0;
            for (int start = 0; start + size <= len; start++) {
                long key = 0;
                int i = start;
                for (; i < start + size && chars[i] >= 0; i++) {
                    key = key << bits | chars[i];
                }
                if (i == start + size) {
                    keys[k++] = key;
                }
            }
            if (k == 0) {
                break;
            }
            Arrays.sort(keys, 0, k);
            Arrays.fill(order, 0);
            for (int j = 0; j < k; j++) {
                if (j > 0 && keys[j] == keys[j - 1]) {
                    continue;
                }
                addBackingOff(keys[j], size, order, size == 1 ? knownLetters : null);
            }
            for (int l = 0; l < n; l++) {
                total[l] += order[l];
            }
        }
        for (int l = 0; l < n; l++) {
            if (knownLetters[l] > 0) {
                total[l] /= knownLetters[l];
            }
        }
        return total;
    }

    /** Adds, per language, the log-probability of the longest prefix of the n-gram it knows. */
    private void addBackingOff(long key, int size, double[] order, int[] known) {
        int n = languages.size();
        long all = n == Long.SIZE ? -1L : (1L << n) - 1;
        long done = 0;
        for (int s = size; s >= 1 && done != all; s--, key >>>= bits) {
            short[] table = logProbs;
            int base;
            if (s <= 2 && shortGrams != null) {
                table = shortGrams;
                int slot =
                        s == 1
                                ? (int) key
                                : alphabet + (int) (key >>> bits) * alphabet + (int) (key & mask);
                base = slot * n;
            } else {
                base = base(key);
                if (base < 0) {
                    continue;
                }
            }
            for (int l = 0; l < n; l++) {
                short v = table[base + l];
                if (v == ABSENT || (done & 1L << l) != 0) {
                    continue;
                }
                order[l] += v / SCALE;
                if (known != null) {
                    known[l]++;
                }
                done |= 1L << l;
            }
        }
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static short logProbability(String fraction, String path) {
        int slash = fraction.indexOf('/');
        if (slash <= 0) {
            throw new IllegalStateException("bad frequency '" + fraction + "' in " + path);
        }
        double p =
                Double.parseDouble(fraction.substring(0, slash))
                        / Double.parseDouble(fraction.substring(slash + 1));
        long scaled = Math.round(Math.log(p) * SCALE);
        return (short) Math.max(scaled, ABSENT + 1);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "NgramModel%s(%,d n-grams)", languages, size());
    }

    /** More distinct characters than {@link #NARROW_BITS} can number: build again, wider. */
    private static final class AlphabetTooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        AlphabetTooLarge() {
            super(null, null, false, false);
        }
    }
}
