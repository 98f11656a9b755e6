package org.manara.rules.engine;

import java.text.Normalizer;

/**
 * A small dependency-free normaliser: Unicode NFKC (full-width and compatibility forms), lower
 * case, every script's decimal digits as ASCII digits, invisible format characters (zero-width
 * joiners, direction marks) removed, whitespace runs collapsed, and the Arabic foldings that
 * spelling variation and evasion rely on: diacritics (harakat) and tatweel removed, alef forms (أ إ
 * آ ٱ) to ا, alef maqsura ى to ي, ta marbuta ة to ه, hamza carriers ؤ ئ to و ي, and the Persian
 * letters ک ی to Arabic ك ي.
 */
public final class BasicTextNormalizer implements TextNormalizer {
    static final BasicTextNormalizer INSTANCE = new BasicTextNormalizer();

    @Override
    public String normalize(String text) {
        String nfkc =
                Normalizer.isNormalized(text, Normalizer.Form.NFKC)
                        ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (alreadyFolded(nfkc)) {
            return nfkc; // the common case for text normalised before: no copy
        }
        StringBuilder sb = new StringBuilder(nfkc.length());
        boolean space = true; // drops leading whitespace
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            int folded = fold(cp);
            if (folded < 0) {
                continue;
            }
            sb.appendCodePoint(folded);
            space = false;
        }
        int len = sb.length();
        if (len > 0 && sb.charAt(len - 1) == ' ') {
            sb.setLength(len - 1);
        }
        return sb.toString();
    }

    /** Whether folding would leave {@code s} as it is: single inner spaces, nothing to fold. */
    private static boolean alreadyFolded(String s) {
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (space || cp != ' ') {
                    return false;
                }
                space = true;
            } else if (fold(cp) != cp) {
                return false;
            } else {
                space = false;
            }
        }
        return !space || s.isEmpty();
    }

    /** The folded code point, or -1 to drop it. */
    static int fold(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
        }
        if (isArabicMark(cp) || cp == 0x0640 || Character.getType(cp) == Character.FORMAT) {
            return -1;
        }
        switch (cp) {
            case 0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673:
                return 0x0627; // alef forms
            case 0x0649, 0x06CC:
                return 0x064A; // alef maqsura, Farsi yeh
            case 0x0629:
                return 0x0647; // ta marbuta
            case 0x0624:
                return 0x0648; // waw with hamza
            case 0x0626:
                return 0x064A; // yeh with hamza
            case 0x06A9:
                return 0x0643; // keheh
            default:
                break;
        }
        if (Character.isDigit(cp)) {
            int d = Character.digit(cp, 10);
            if (d >= 0) {
                return '0' + d;
            }
        }
        return Character.toLowerCase(cp);
    }

    private static boolean isArabicMark(int cp) {
        return (cp >= 0x0610 && cp <= 0x061A)
                || (cp >= 0x064B && cp <= 0x065F)
                || cp == 0x0670
                || (cp >= 0x06D6 && cp <= 0x06DC)
                || (cp >= 0x06DF && cp <= 0x06E4)
                || (cp >= 0x06E7 && cp <= 0x06E8)
                || (cp >= 0x06EA && cp <= 0x06ED);
    }
}
