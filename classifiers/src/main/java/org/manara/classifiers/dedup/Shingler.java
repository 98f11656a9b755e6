package org.manara.classifiers.dedup;

import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Token;
import org.manara.classifiers.text.TokenType;

/**
 * The text two near-copies share: the folded words, numbers and hashtag words of a post, without
 * URLs, mentions, e-mail addresses, emoji, punctuation or a leading retweet marker, joined by
 * single spaces. Shingles are the character n-grams of that string, so a changed word only breaks
 * the n-grams that touch it.
 */
final class Shingler {

    private Shingler() {}

    static String content(NormalizedText text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean first = true;
        for (Token t : text.tokens()) {
            TokenType type = t.type();
            if (type != TokenType.WORD && type != TokenType.NUMBER && type != TokenType.HASHTAG) {
                continue;
            }
            String word = type == TokenType.HASHTAG ? t.text().substring(1) : t.text();
            if (first && word.equals("rt")) {
                continue;
            }
            first = false;
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(word);
        }
        return b.toString();
    }

    /**
     * The 64-bit hashes of the character {@code n}-grams of {@code content} (duplicates included; a
     * string shorter than {@code n} is one shingle, an empty one has none).
     */
    static long[] shingles(String content, int n) {
        if (content.isEmpty()) {
            return new long[0];
        }
        if (content.length() <= n) {
            return new long[] {Hashing.hash(content, 0, content.length())};
        }
        long[] out = new long[content.length() - n + 1];
        for (int i = 0; i < out.length; i++) {
            out[i] = Hashing.hash(content, i, i + n);
        }
        return out;
    }
}
