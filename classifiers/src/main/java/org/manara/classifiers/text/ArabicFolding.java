package org.manara.classifiers.text;

/**
 * The Arabic-script letter folds that Unicode normalisation does not do, as written by Arabic
 * search engines (Lucene's ArabicNormalizer and PersianNormalizer fold the same letters): the
 * spelling variants that users type interchangeably must match each other. Tashkeel and the
 * hamza/madda marks are combining marks and are already stripped by {@link UnicodeFolding}; the
 * Arabic-Indic and Persian digits are decimal digits and are folded there too.
 */
final class ArabicFolding {

    /** Marker for a char that folds to nothing. */
    static final int DELETE = -1;

    private ArabicFolding() {}

    /** The fold of {@code c}, {@link #DELETE}, or {@code c} itself. */
    static int fold(int c) {
        return switch (c) {
            case 'ـ' -> DELETE; // tatweel (kashida): pure elongation
            case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ' -> 'ا'; // alef with hamza/madda/wasla
            case 'ى' -> 'ي'; // alef maqsura, typed for final yeh
            case 'ی' -> 'ي'; // Persian yeh, what Persian keyboards type for yeh
            case 'ک' -> 'ك'; // keheh, the Persian kaf
            case 'ة' -> 'ه'; // taa marbuta, typed as heh in informal writing
            default -> c;
        };
    }

    /** Whether {@link #fold} may change {@code c}; a fast pre-check for the common case. */
    static boolean isArabicBlock(int c) {
        return c >= 0x0600 && c <= 0x06FF;
    }
}
