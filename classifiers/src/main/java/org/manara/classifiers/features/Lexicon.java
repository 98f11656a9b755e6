package org.manara.classifiers.features;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A list of words and phrases matched as whole tokens of the normalised text, in any script. Terms
 * are normalised with the same normaliser as the text, so "K1LL" in a post and "kill" in the file
 * meet. Arabic tokens also match after their proclitics (wa-, fa-, bi-, li-, ka-, al- and their
 * combinations) are stripped, because Arabic writes them joined to the word.
 *
 * <p>File format: one term per line, optionally followed by a TAB and a weight in (0, 1] (default
 * 1); blank lines and lines starting with {@code #} are comments.
 */
public final class Lexicon {
    private static final String[] ARABIC_PROCLITICS = {
        "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"
    };

    /** One term and where it came from. */
    public record Term(String text, double weight, int tokens) {}

    /** A match: which term, and its span in the normalised text. */
    public record Match(Term term, int start, int end) {}

    private final String name;
    private final List<Term> terms;
    private final long[] keys;
    private final int[] entries;
    private final int maxTokens;

    private Lexicon(String name, List<Term> terms, List<long[]> hashes) {
        this.name = name;
        this.terms = List.copyOf(terms);
        int cap = Integer.highestOneBit(Math.max(16, terms.size() * 4)) * 2;
        this.keys = new long[cap];
        this.entries = new int[cap];
        Arrays.fill(entries, -1);
        int max = 1;
        for (int t = 0; t < terms.size(); t++) {
            long h = phrase(hashes.get(t));
            int slot = (int) (Hashing.mix((int) (h ^ (h >>> 32)))) & (cap - 1);
            while (entries[slot] >= 0 && keys[slot] != h) {
                slot = (slot + 1) & (cap - 1);
            }
            if (entries[slot] < 0 || terms.get(t).weight() > terms.get(entries[slot]).weight()) {
                keys[slot] = h;
                entries[slot] = t;
            }
            max = Math.max(max, hashes.get(t).length);
        }
        this.maxTokens = max;
    }

    public String name() {
        return name;
    }

    public List<Term> terms() {
        return terms;
    }

    /** Loads a classpath lexicon, normalising each term with {@code analyzer}. */
    public static Lexicon resource(String path, Function<String, TextView> analyzer) {
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + path);
            }
            return parse(path, in, analyzer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + path, e);
        }
    }

    public static Lexicon parse(String name, InputStream in, Function<String, TextView> analyzer)
            throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
            }
        }
        return of(name, lines, analyzer);
    }

    /** Builds a lexicon from lines in the file format above. */
    public static Lexicon of(String name, List<String> lines, Function<String, TextView> analyzer) {
        List<Term> terms = new ArrayList<>();
        List<long[]> hashes = new ArrayList<>();
        int lineNo = 0;
        for (String raw : lines) {
            lineNo++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            double weight = 1.0;
            int tab = line.indexOf('\t');
            if (tab >= 0) {
                try {
                    weight = Double.parseDouble(line.substring(tab + 1).strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(name + ":" + lineNo + ": bad weight", e);
                }
                if (!(weight > 0 && weight <= 1)) {
                    throw new IllegalArgumentException(
                            name + ":" + lineNo + ": weight not in (0,1]");
                }
                line = line.substring(0, tab).strip();
            }
            TextView v = analyzer.apply(line);
            if (v.tokenCount() == 0) {
                throw new IllegalArgumentException(
                        name + ":" + lineNo + ": no tokens in '" + line + "'");
            }
            long[] h = new long[v.tokenCount()];
            for (int i = 0; i < h.length; i++) {
                h[i] = Hashing.hash64(v.normalized(), v.tokenStart(i), v.tokenEnd(i));
            }
            terms.add(new Term(line, weight, h.length));
            hashes.add(h);
        }
        return new Lexicon(name, terms, hashes);
    }

    private static long phrase(long[] tokenHashes) {
        long h = 0;
        for (long t : tokenHashes) {
            h = Hashing.combine64(h, t);
        }
        return h;
    }

    /** Every match in the text, longest first at each token position, in text order. */
    public List<Match> find(TextView view) {
        return find(view, tokenHashes(view));
    }

    /**
     * A text's token hashes, computed once and shared by every lexicon matched against it: the
     * 64-bit hash of each token and, for an Arabic token, the hashes of what is left after each
     * proclitic it starts with (in {@link #ARABIC_PROCLITICS} order).
     */
    public static final class TokenHashes {
        private static final long[] NONE = new long[0];

        final long[] hashes;
        final long[][] stripped;

        private TokenHashes(long[] hashes, long[][] stripped) {
            this.hashes = hashes;
            this.stripped = stripped;
        }
    }

    /** The token hashes of a text, to share between several lexicons over it. */
    public static TokenHashes tokenHashes(TextView view) {
        String text = view.normalized();
        int n = view.tokenCount();
        long[] th = new long[n];
        long[][] stripped = new long[n][];
        for (int i = 0; i < n; i++) {
            int start = view.tokenStart(i);
            int end = view.tokenEnd(i);
            th[i] = Hashing.hash64(text, start, end);
            stripped[i] = strippedHashes(text, start, end);
        }
        return new TokenHashes(th, stripped);
    }

    private static long[] strippedHashes(String text, int start, int end) {
        if (end - start < 3 || !isArabic(text.charAt(start))) {
            return TokenHashes.NONE;
        }
        long[] out = null;
        int k = 0;
        for (String p : ARABIC_PROCLITICS) {
            if (end - start - p.length() >= 2 && text.startsWith(p, start)) {
                if (out == null) {
                    out = new long[ARABIC_PROCLITICS.length];
                }
                out[k++] = Hashing.hash64(text, start + p.length(), end);
            }
        }
        return out == null ? TokenHashes.NONE : Arrays.copyOf(out, k);
    }

    /** {@link #find(TextView)} with the token hashes already computed. */
    public List<Match> find(TextView view, TokenHashes tokens) {
        int n = view.tokenCount();
        if (n == 0 || terms.isEmpty()) {
            return List.of();
        }
        List<Match> out = null;
        int i = 0;
        while (i < n) {
            long hit = matchAt(tokens, i);
            int matched = (int) (hit >>> 32);
            if (matched > 0) {
                if (out == null) {
                    out = new ArrayList<>(2);
                }
                out.add(
                        new Match(
                                terms.get((int) hit),
                                view.tokenStart(i),
                                view.tokenEnd(i + matched - 1)));
            }
            i += Math.max(1, matched);
        }
        return out == null ? List.of() : out;
    }

    /** The longest match at i as {@code tokens << 32 | term}, or 0 if none. */
    private long matchAt(TokenHashes tokens, int i) {
        long[] th = tokens.hashes;
        int limit = Math.min(maxTokens, th.length - i);
        for (int len = limit; len >= 1; len--) {
            int t = lookupPhrase(th, i, len, 0);
            if (t < 0) {
                t = lookupStripped(tokens, i, len);
            }
            if (t >= 0) {
                return ((long) len << 32) | t;
            }
        }
        return 0;
    }

    private int lookupPhrase(long[] th, int i, int len, long firstOverride) {
        long h = Hashing.combine64(0, firstOverride != 0 ? firstOverride : th[i]);
        for (int k = 1; k < len; k++) {
            h = Hashing.combine64(h, th[i + k]);
        }
        return lookup(h);
    }

    private int lookupStripped(TokenHashes tokens, int i, int len) {
        for (long stripped : tokens.stripped[i]) {
            int t = lookupPhrase(tokens.hashes, i, len, stripped);
            if (t >= 0) {
                return t;
            }
        }
        return -1;
    }

    private int lookup(long h) {
        int mask = keys.length - 1;
        int slot = Hashing.mix((int) (h ^ (h >>> 32))) & mask;
        while (entries[slot] >= 0) {
            if (keys[slot] == h) {
                return entries[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private static boolean isArabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }
}
