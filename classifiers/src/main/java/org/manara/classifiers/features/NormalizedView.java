package org.manara.classifiers.features;

import java.util.List;
import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Normalizer;
import org.manara.classifiers.text.Token;
import org.manara.classifiers.text.TokenType;

/** The {@link TextView} of a text folded by the shared {@link Normalizer}. */
public final class NormalizedView implements TextView {
    private final NormalizedText text;
    private final List<Token> tokens;

    public NormalizedView(NormalizedText text) {
        this.text = text;
        this.tokens = text.tokens();
    }

    /** Normalises with the process-wide normaliser. */
    public static NormalizedView of(String original) {
        return new NormalizedView(Normalizer.standard().normalize(original));
    }

    public NormalizedText normalizedText() {
        return text;
    }

    @Override
    public String original() {
        return text.original();
    }

    @Override
    public String normalized() {
        return text.text();
    }

    @Override
    public int tokenCount() {
        return tokens.size();
    }

    @Override
    public TokenType tokenType(int i) {
        return tokens.get(i).type();
    }

    @Override
    public int tokenStart(int i) {
        return tokens.get(i).start();
    }

    @Override
    public int tokenEnd(int i) {
        return tokens.get(i).end();
    }

    @Override
    public int originalStart(int start) {
        return text.originalStart(start);
    }

    @Override
    public int originalEnd(int end) {
        return text.originalEnd(end);
    }
}
