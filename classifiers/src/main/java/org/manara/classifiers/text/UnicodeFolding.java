package org.manara.classifiers.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;

/**
 * The first folding stage: removes invisible characters (default-ignorable code points, which
 * include zero-width spaces/joiners, soft hyphens and variation selectors, and bidi controls),
 * collapses whitespace runs to one space, applies NFKC with Unicode case folding, strips combining
 * diacritics (accents, zalgo stacks, Arabic tashkeel and hamza/madda marks), folds every script's
 * decimal digits to ASCII and applies {@link ArabicFolding}.
 *
 * <p>NFKC is applied per normalisation segment (ICU's {@code hasBoundaryBefore}), so every output
 * char maps back to the segment it came from; a segment is almost always one original character.
 */
final class UnicodeFolding {

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    /**
     * Combining marks that only decorate a base letter: script-inherited nonspacing marks (Latin
     * accents, strike-through, zalgo, the Arabic harakat and hamza) and Arabic-script nonspacing
     * marks (Quranic annotation). Kana voicing marks change the letter, so they stay; marks of
     * Indic scripts are vowels, so they stay too.
     */
    private static final UnicodeSet STRIPPED_MARKS =
            new UnicodeSet("[[[:Mn:]&[:sc=Zinh:]][[:Mn:]&[:sc=Arab:]]-[\\u3099\\u309A]]").freeze();

    private UnicodeFolding() {}

    static MappedText apply(MappedText in) {
        String s = in.text;
        int n = s.length();
        MappedText.Builder out = in.builder();
        StringBuilder segment = new StringBuilder();
        int pendingSpace = -1; // source index of a whitespace run not yet written
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < 0x80 && (i + 1 == n || s.charAt(i + 1) < 0x80)) {
                // ASCII fast path: a lone ASCII char is its own segment.
                if (isSpace(c)) {
                    if (pendingSpace < 0 && out.length() > 0) {
                        pendingSpace = i;
                    }
                } else if (c >= 0x20 && c != 0x7F) {
                    if (pendingSpace >= 0) {
                        out.append(' ', pendingSpace, pendingSpace + 1);
                        pendingSpace = -1;
                    }
                    out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c, i, i + 1);
                }
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (UCharacter.isUWhiteSpace(cp)) {
                if (pendingSpace < 0 && out.length() > 0) {
                    pendingSpace = i;
                }
                i = next;
                continue;
            }
            if (isInvisible(cp)) {
                i = next;
                continue;
            }
            segment.setLength(0);
            segment.appendCodePoint(cp);
            int end = next;
            while (end < n) {
                int cp2 = s.codePointAt(end);
                if (isInvisible(cp2)) {
                    end += Character.charCount(cp2);
                    continue;
                }
                if (UCharacter.isUWhiteSpace(cp2) || NFKC_CF.hasBoundaryBefore(cp2)) {
                    break;
                }
                segment.appendCodePoint(cp2);
                end += Character.charCount(cp2);
            }
            String folded = fold(segment);
            if (!folded.isEmpty()) {
                if (pendingSpace >= 0) {
                    out.append(' ', pendingSpace, pendingSpace + 1);
                    pendingSpace = -1;
                }
                out.append(folded, i, end);
            }
            i = end;
        }
        return out.build();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= 0x09 && c <= 0x0D);
    }

    private static boolean isInvisible(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL)
                || UCharacter.getType(cp) == UCharacterCategory.CONTROL;
    }

    /** NFKC + case fold, strip decorating marks, fold digits and Arabic letters. */
    private static String fold(CharSequence segment) {
        String f = NFKC_CF.normalize(segment);
        if (needsMarkStripping(f)) {
            String d = NFD.normalize(f);
            StringBuilder b = new StringBuilder(d.length());
            for (int k = 0; k < d.length(); ) {
                int cp = d.codePointAt(k);
                if (!STRIPPED_MARKS.contains(cp)) {
                    b.appendCodePoint(cp);
                }
                k += Character.charCount(cp);
            }
            f = NFC.normalize(b);
        }
        StringBuilder b = null;
        for (int k = 0; k < f.length(); ) {
            int cp = f.codePointAt(k);
            int len = Character.charCount(cp);
            int r = cp;
            if (cp >= 0x80 && UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
                r = '0' + UCharacter.digit(cp, 10);
            } else if (ArabicFolding.isArabicBlock(cp)) {
                r = ArabicFolding.fold(cp);
            }
            if (r != cp && b == null) {
                b = new StringBuilder(f.length());
                b.append(f, 0, k);
            }
            if (b != null && r != ArabicFolding.DELETE) {
                b.appendCodePoint(r);
            }
            k += len;
        }
        return b == null ? f : b.toString();
    }

    private static boolean needsMarkStripping(String f) {
        for (int k = 0; k < f.length(); k++) {
            if (f.charAt(k) >= 0xC0) {
                return true;
            }
        }
        return false;
    }
}
