package org.manara.classifiers.text;

/** A URL, e-mail, mention or hashtag found in folded text, {@code [start, end)}. */
record Entity(TokenType type, int start, int end) {}
