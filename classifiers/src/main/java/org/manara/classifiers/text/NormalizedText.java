package org.manara.classifiers.text;

import java.util.List;

/**
 * A post's text folded for matching, with the way back to the original characters.
 *
 * <p>{@link #text()} is the matching form (NFKC, case folded, invisible characters removed,
 * diacritics stripped, homoglyphs, Arabic letter variants and digits folded, leetspeak and
 * elongation folded). {@link #literal()} is the same without leetspeak and elongation folding, for
 * features that need digits and repeats as typed (phone numbers, prices, "!!!").
 *
 * <p>Offsets: folded char {@code i} came from original chars {@code [originalStart(i),
 * originalEnd(i + 1))}; a folded span {@code [s, e)} maps to {@link #toOriginal(int, int)}.
 * Immutable; the token list is computed on first use (a benign race computes the same list).
 */
public final class NormalizedText {

    private final MappedText mapped;
    private final NormalizedText literal;
    private volatile List<Token> tokens;

    NormalizedText(MappedText mapped, MappedText literal) {
        this.mapped = mapped;
        this.literal = literal == null ? this : new NormalizedText(literal, null);
    }

    /** The text as posted. */
    public String original() {
        return mapped.original;
    }

    /** The folded text for matching. */
    public String text() {
        return mapped.text;
    }

    /** Length of {@link #text()}. */
    public int length() {
        return mapped.text.length();
    }

    /**
     * The original offset where folded position {@code i} starts ({@code 0 <= i <= length()});
     * {@code originalStart(length())} is the original's length.
     */
    public int originalStart(int i) {
        check(i);
        return i == mapped.text.length() ? mapped.original.length() : mapped.starts[i];
    }

    /**
     * The original offset (exclusive) where a folded span ending at {@code i} ends ({@code 0 <= i
     * <= length()}); {@code originalEnd(0)} is where the first folded char starts.
     */
    public int originalEnd(int i) {
        check(i);
        if (i == 0) {
            return mapped.text.isEmpty() ? 0 : mapped.starts[0];
        }
        return mapped.ends[i - 1];
    }

    /** The original span of folded span {@code [start, end)}. */
    public Span toOriginal(int start, int end) {
        if (end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        if (start == end) {
            int at = originalStart(start);
            return new Span(at, at);
        }
        return new Span(originalStart(start), originalEnd(end));
    }

    /** The original characters behind folded span {@code [start, end)}, for evidence display. */
    public String originalText(int start, int end) {
        Span span = toOriginal(start, end);
        return mapped.original.substring(span.start(), span.end());
    }

    /** Word, number, URL, e-mail, mention, hashtag and emoji tokens of {@link #text()}. */
    public List<Token> tokens() {
        List<Token> t = tokens;
        if (t == null) {
            t = Tokenizer.tokenize(this);
            tokens = t;
        }
        return t;
    }

    /**
     * The fold without leetspeak and elongation folding; digits and repeated characters are as
     * typed. Its own {@code literal()} is itself.
     */
    public NormalizedText literal() {
        return literal;
    }

    private void check(int i) {
        if (i < 0 || i > mapped.text.length()) {
            throw new IndexOutOfBoundsException("offset " + i + " of " + mapped.text.length());
        }
    }

    @Override
    public String toString() {
        return mapped.text;
    }
}
