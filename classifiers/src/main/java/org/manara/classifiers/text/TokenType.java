package org.manara.classifiers.text;

/** What a {@link Token} is, so features can count URLs, mentions, hashtags and emoji. */
public enum TokenType {
    WORD,
    NUMBER,
    HASHTAG,
    MENTION,
    URL,
    EMAIL,
    EMOJI
}
