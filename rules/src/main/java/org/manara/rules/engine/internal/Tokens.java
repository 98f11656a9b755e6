package org.manara.rules.engine.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalised text into words: maximal runs of letters, digits and combining marks, in any
 * script. Punctuation, symbols, emoji and spaces separate words, so a word-set item matches only
 * whole words ("scam" does not match "scampi").
 */
public final class Tokens {
    private static final String[] NONE = new String[0];

    public static String[] split(String text) {
        List<String> out = null;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWordChar(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            if (out == null) {
                return new String[] {text.substring(start)};
            }
            out.add(text.substring(start));
        }
        return out == null ? NONE : out.toArray(NONE);
    }

    static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z');
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private Tokens() {}
}
