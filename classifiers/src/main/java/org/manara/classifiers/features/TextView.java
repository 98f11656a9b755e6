package org.manara.classifiers.features;

import org.manara.classifiers.text.TokenType;

/**
 * A post's text as the featuriser sees it: the normalised form (folded for matching), its word
 * tokens, and the way back from normalised offsets to the original text for evidence spans.
 */
public interface TextView {

    /** The text as the author wrote it. */
    String original();

    /** The normalised text that n-grams are taken from. */
    String normalized();

    int tokenCount();

    /** What token i is (a word, number, URL, mention, hashtag, e-mail or emoji). */
    TokenType tokenType(int i);

    /** Start (inclusive) of token i in {@link #normalized()}. */
    int tokenStart(int i);

    /** End (exclusive) of token i in {@link #normalized()}. */
    int tokenEnd(int i);

    /** Original-text start of the normalised range {@code [start, end)}. */
    int originalStart(int start);

    /** Original-text end (exclusive) of the normalised range {@code [start, end)}. */
    int originalEnd(int end);
}
