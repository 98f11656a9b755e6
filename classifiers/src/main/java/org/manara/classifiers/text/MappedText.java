package org.manara.classifiers.text;

/**
 * A string derived from an original text in which every UTF-16 unit remembers the span of the
 * original it came from. Each folding stage turns one MappedText into the next, so the offsets
 * survive any number of stages. Spans are monotonic: a later char never maps before an earlier one,
 * which is what lets a folded range map back with just its first and last char.
 */
final class MappedText {

    final String original;
    final String text;
    final int[] starts;
    final int[] ends;

    MappedText(String original, String text, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.starts = starts;
        this.ends = ends;
    }

    /** The identity mapping of {@code original}. */
    static MappedText identity(String original) {
        int n = original.length();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
            e[i] = i + 1;
        }
        // A surrogate pair is one character: both halves map to the whole pair.
        for (int i = 0; i + 1 < n; i++) {
            if (Character.isHighSurrogate(original.charAt(i))
                    && Character.isLowSurrogate(original.charAt(i + 1))) {
                e[i] = i + 2;
                s[i + 1] = i;
                i++;
            }
        }
        return new MappedText(original, original, s, e);
    }

    int length() {
        return text.length();
    }

    /** Starts a new stage over this text. */
    Builder builder() {
        return new Builder(this);
    }

    /** Collects the output of one stage. */
    static final class Builder {
        private final MappedText source;
        private final StringBuilder out;
        private int[] starts;
        private int[] ends;

        Builder(MappedText source) {
            this.source = source;
            int cap = Math.max(16, source.length() + 8);
            this.out = new StringBuilder(cap);
            this.starts = new int[cap];
            this.ends = new int[cap];
        }

        /** Appends {@code replacement} as the fold of source chars {@code [from, to)}. */
        Builder append(CharSequence replacement, int from, int to) {
            int n = replacement.length();
            if (n == 0) {
                return this;
            }
            int s = source.starts[from];
            int e = source.ends[to - 1];
            ensure(out.length() + n);
            for (int i = 0; i < n; i++) {
                starts[out.length() + i] = s;
                ends[out.length() + i] = e;
            }
            out.append(replacement);
            return this;
        }

        /** Appends one char as the fold of source chars {@code [from, to)}. */
        Builder append(char c, int from, int to) {
            ensure(out.length() + 1);
            starts[out.length()] = source.starts[from];
            ends[out.length()] = source.ends[to - 1];
            out.append(c);
            return this;
        }

        /** Copies source chars {@code [from, to)} unchanged, keeping their own spans. */
        Builder copy(int from, int to) {
            int n = to - from;
            ensure(out.length() + n);
            System.arraycopy(source.starts, from, starts, out.length(), n);
            System.arraycopy(source.ends, from, ends, out.length(), n);
            out.append(source.text, from, to);
            return this;
        }

        int length() {
            return out.length();
        }

        char lastChar() {
            return out.charAt(out.length() - 1);
        }

        MappedText build() {
            int n = out.length();
            int[] s = new int[n];
            int[] e = new int[n];
            System.arraycopy(starts, 0, s, 0, n);
            System.arraycopy(ends, 0, e, 0, n);
            return new MappedText(source.original, out.toString(), s, e);
        }

        private void ensure(int capacity) {
            if (capacity > starts.length) {
                int cap = Math.max(capacity, starts.length * 2);
                starts = java.util.Arrays.copyOf(starts, cap);
                ends = java.util.Arrays.copyOf(ends, cap);
            }
        }
    }
}
