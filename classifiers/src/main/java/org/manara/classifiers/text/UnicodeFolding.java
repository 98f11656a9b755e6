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

    // Per-BMP-char facts, precomputed from ICU at class load (about 0.1 s) so the hot loop is a
    // table lookup for the common case of a character that is its own normalisation segment.
    private static final int MAPPED = 0xFFFF;
    private static final int SIMPLE = 1 << 16; // folds alone to at most one char
    private static final int DELETE = 1 << 17; // folds to nothing
    private static final int SPACE = 1 << 18;
    private static final int INVISIBLE = 1 << 19;
    private static final int BOUNDARY = 1 << 20; // a segment always starts here
    private static final int[] BMP = table();

    private static int[] table() {
        int[] t = new int[0x10000];
        for (int c = 0; c < t.length; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            if (UCharacter.isUWhiteSpace(c)) {
                t[c] = SPACE | BOUNDARY;
            } else if (isInvisible(c)) {
                t[c] = INVISIBLE;
            } else {
                int info = NFKC_CF.hasBoundaryBefore(c) ? BOUNDARY : 0;
                String f = fold(String.valueOf((char) c));
                if (f.isEmpty()) {
                    info |= SIMPLE | DELETE;
                } else if (f.length() == 1) {
                    info |= SIMPLE | f.charAt(0);
                }
                t[c] = info;
            }
        }
        return t;
    }

    static MappedText apply(MappedText in) {
        String s = in.text;
        int n = s.length();
        MappedText.Builder out = in.builder();
        StringBuilder segment = new StringBuilder();
        int pendingSpace = -1; // source index of a whitespace run not yet written
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int info = BMP[c];
            if ((info & SPACE) != 0) {
                if (pendingSpace < 0 && out.length() > 0) {
                    pendingSpace = i;
                }
                i++;
                continue;
            }
            if ((info & INVISIBLE) != 0) {
                i++;
                continue;
            }
            if ((info & SIMPLE) != 0 && (i + 1 == n || (BMP[s.charAt(i + 1)] & BOUNDARY) != 0)) {
                if ((info & DELETE) == 0) {
                    if (pendingSpace >= 0) {
                        out.append(' ', pendingSpace, pendingSpace + 1);
                        pendingSpace = -1;
                    }
                    out.append((char) (info & MAPPED), i, i + 1);
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

    private static boolean isInvisible(int cp) {
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || UCharacter.hasBinaryProperty(cp, UProperty.BIDI_CONTROL)
                || UCharacter.getType(cp) == UCharacterCategory.CONTROL;
    }

    /** NFKC + case fold, strip decorating marks, fold digits and Arabic letters. */
    private static String fold(CharSequence segment) {
        String f;
        if (Character.codePointCount(segment, 0, segment.length()) == 1
                && NFKC_CF.getDecomposition(Character.codePointAt(segment, 0)) == null) {
            // Most characters (Arabic and Cyrillic letters, lower-case Latin) map to themselves.
            int cp = Character.codePointAt(segment, 0);
            if (STRIPPED_MARKS.contains(cp)) {
                return "";
            }
            int r = foldLetterOrDigit(cp);
            if (r == cp) {
                return segment.toString();
            }
            return r == ArabicFolding.DELETE ? "" : new String(Character.toChars(r));
        }
        f = NFKC_CF.normalize(segment);
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
            int r = foldLetterOrDigit(cp);
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

    /** Any script's decimal digit to ASCII, Arabic letter variants to their base letter. */
    private static int foldLetterOrDigit(int cp) {
        if (cp < 0x80) {
            return cp;
        }
        if (UCharacter.getType(cp) == UCharacterCategory.DECIMAL_DIGIT_NUMBER) {
            return '0' + UCharacter.digit(cp, 10);
        }
        return ArabicFolding.isArabicBlock(cp) ? ArabicFolding.fold(cp) : cp;
    }

    /** Whether {@code f} has a canonical decomposition or a mark to strip. */
    private static boolean needsMarkStripping(String f) {
        for (int k = 0; k < f.length(); k++) {
            if (f.charAt(k) >= 0xC0) {
                return !NFD.isNormalized(f) || STRIPPED_MARKS.containsSome(f);
            }
        }
        return false;
    }
}
