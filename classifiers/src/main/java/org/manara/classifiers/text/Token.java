package org.manara.classifiers.text;

/**
 * One token of a {@link NormalizedText}: its folded form ({@code text}, at {@code [start, end)} of
 * the folded text) and the span of the original post it came from ({@code [originalStart,
 * originalEnd)}, UTF-16 offsets, ready for {@code org.manara.model.Evidence}).
 */
public record Token(
        String text, int start, int end, int originalStart, int originalEnd, TokenType type) {

    public boolean isWord() {
        return type == TokenType.WORD;
    }
}
