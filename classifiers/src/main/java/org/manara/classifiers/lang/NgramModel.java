package org.manara.classifiers.lang;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;
import it.unimi.dsi.fastutil.longs.Long2IntMap;
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

    /** How full {@link #table} is: its probes stay short without doubling its size. */
    private static final double LOAD_FACTOR = 0.6;

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

    /** Number of distinct n-grams over all the languages. */
    private final int count;

    /**
     * The n-grams not in {@link #shortGrams} (those of 3 characters and more, or all of them for an
     * alphabet too large for it), in open addressing with linear probing: each slot is {@link
     * #stride} longs, the packed key (0 marks an empty slot; ids start at 1, so no key is 0) then
     * the key's {@code languages.size()} log-probabilities ({@link #ABSENT} if unknown), four
     * {@code short}s to a long. Key and values share a slot so that a look-up, which usually misses
     * the CPU's cache (the table is tens of MB), costs one memory access rather than the three of a
     * map to an index into a separate array. At most {@link #LOAD_FACTOR} full, to keep the probes
     * of the many unknown n-grams (back-off) short.
     */
    private final long[] table;

    private final int stride;
    private final int slots;

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
        this.count = count;
        this.unknownId = nextId;
        this.trigrams = anyTrigrams;
        this.alphabet = nextId + 1;
        this.shortGrams = alphabet <= MAX_DIRECT_ALPHABET ? shortGrams(index, values) : null;
        this.stride = 1 + (n + 3) / 4;
        int kept = 0;
        for (long key : index.keySet()) {
            kept += shortGrams != null && isShort(key) ? 0 : 1;
        }
        long slots = (long) Math.ceil(Math.max(kept, 1) / LOAD_FACTOR);
        if (slots * stride > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many n-grams to compile: " + count);
        }
        this.slots = (int) slots;
        this.table = new long[this.slots * stride];
        for (Long2IntMap.Entry e : index.long2IntEntrySet()) {
            long key = e.getLongKey();
            if (shortGrams != null && isShort(key)) {
                continue; // read from the direct table instead
            }
            int at = probe(key);
            table[at] = key;
            for (int l = 0; l < n; l++) {
                table[at + 1 + (l >> 2)] |=
                        (values[e.getIntValue() * n + l] & 0xFFFFL) << ((l & 3) << 4);
            }
        }
    }

    /** Whether a key has at most two characters. */
    private boolean isShort(long key) {
        return key >>> (2 * bits) == 0;
    }

    private short[] shortGrams(Long2IntOpenHashMap index, short[] values) {
        int n = languages.size();
        short[] direct = new short[(alphabet + alphabet * alphabet) * n];
        Arrays.fill(direct, ABSENT);
        for (int a = 1; a < alphabet; a++) {
            copy(index, values, a, a, direct);
            for (int b = 1; b < alphabet; b++) {
                copy(index, values, (long) a << bits | b, alphabet + a * alphabet + b, direct);
            }
        }
        return direct;
    }

    private void copy(
            Long2IntOpenHashMap index, short[] values, long key, int slot, short[] direct) {
        int entry = index.get(key);
        if (entry >= 0) {
            int n = languages.size();
            System.arraycopy(values, entry * n, direct, slot * n, n);
        }
    }

    /**
     * Where {@code key}'s slot starts in {@link #table}: its own, or the empty one it would take.
     */
    private int probe(long key) {
        // the hash's top 32 bits scaled to [0, slots): no power-of-two size needed
        int slot = (int) ((((key * 0x9E3779B97F4A7C15L) >>> 32) * slots) >>> 32);
        while (true) {
            int at = slot * stride;
            long k = table[at];
            if (k == key || k == 0) {
                return at;
            }
            if (++slot == slots) {
                slot = 0;
            }
        }
    }

    /** Where an n-gram's slot starts in {@link #table}, or -1 when no language knows it. */
    private int base(long key) {
        int at = probe(key);
        return table[at] == key ? at : -1;
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
        return count;
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
            boolean direct = s <= 2 && shortGrams != null;
            int base;
            if (direct) {
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
                short v =
                        direct
                                ? shortGrams[base + l]
                                : (short) (table[base + 1 + (l >> 2)] >>> ((l & 3) << 4));
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
