package org.manara.classifiers.nlp;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import org.manara.classifiers.text.NormalizedText;
import org.manara.classifiers.text.Token;
import org.manara.classifiers.text.TokenType;

/**
 * Replaces what is not language (URLs, e-mails, mentions, emoji and other symbols, invisible
 * characters) with spaces of the same UTF-16 length, so offsets into the masked text are offsets
 * into the original. The zero-width non-joiner stays: it is spelling in Persian and Urdu.
 */
final class Masking {

    private Masking() {}

    static String mask(NormalizedText text) {
        String original = text.original();
        char[] c = original.toCharArray();
        for (Token t : text.literal().tokens()) {
            TokenType type = t.type();
            if (type == TokenType.URL || type == TokenType.EMAIL || type == TokenType.MENTION) {
                for (int i = t.originalStart(); i < t.originalEnd(); i++) {
                    c[i] = ' ';
                }
            }
        }
        for (int i = 0; i < original.length(); ) {
            int cp = original.codePointAt(i);
            int len = Character.charCount(cp);
            if (isNoise(cp)) {
                for (int k = i; k < i + len; k++) {
                    c[k] = ' ';
                }
            }
            i += len;
        }
        return new String(c);
    }

    private static boolean isNoise(int cp) {
        if (cp < 0x80) {
            return cp < 0x20 && cp != '\n' && cp != '\t' && cp != '\r';
        }
        if (cp == 0x200C) {
            return false;
        }
        int type = UCharacter.getType(cp);
        return type == UCharacterCategory.OTHER_SYMBOL
                || type == UCharacterCategory.MODIFIER_SYMBOL
                || type == UCharacterCategory.UNASSIGNED
                || type == UCharacterCategory.SURROGATE
                || type == UCharacterCategory.PRIVATE_USE
                || UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL);
    }
}
