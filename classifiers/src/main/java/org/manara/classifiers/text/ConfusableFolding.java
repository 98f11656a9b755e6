package org.manara.classifiers.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.UnicodeSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Homoglyph folding with ICU's UTS #39 confusable skeletons, one word at a time.
 *
 * <p>Skeletons alone would be wrong for real words: the skeleton of Arabic alef is Latin "l" and of
 * Cyrillic "с" is Latin "c", so folding every letter would turn Arabic and Russian into Latin
 * gibberish. Evasion shows up differently: a word that mixes look-alike scripts ("ρаypаl": Greek,
 * Cyrillic and Latin) or uses letters outside the UTS #39 recommended set (small capitals, Latin
 * letter variants). Only such words are folded, and only towards one script that is present in the
 * word: Latin when every foreign letter has a Latin look-alike (evasion of Latin words is the usual
 * case), otherwise the script with most letters. Single-script words in recommended letters
 * (English, Russian, Greek, Arabic, ...) are never touched. Words are runs of letters, so leetspeak
 * digits and symbols are handled separately by {@link LeetFolding}.
 *
 * <p>All skeleton lookups are precomputed at construction into immutable maps, so {@link #apply} is
 * thread-safe and never calls the SpoofChecker on the hot path.
 */
final class ConfusableFolding {

    /** Scripts whose letters are commonly confusable with each other. */
    private static final int[] SCRIPTS = {
        UScript.LATIN, UScript.GREEK, UScript.CYRILLIC, UScript.ARMENIAN, UScript.CHEROKEE
    };

    private final UnicodeSet recommended;

    /** Skeleton of every letter of {@link #SCRIPTS}. */
    private final Map<Integer, String> skeletons = new HashMap<>();

    /** Per target script: skeleton -> the lowest recommended lowercase letter with it. */
    private final Map<Integer, Map<String, String>> prototypes = new HashMap<>();

    ConfusableFolding() {
        SpoofChecker checker = new SpoofChecker.Builder().build();
        recommended = SpoofChecker.RECOMMENDED;
        for (int script : SCRIPTS) {
            UnicodeSet letters =
                    new UnicodeSet("[[:L:]&[:sc=" + UScript.getShortName(script) + ":]]");
            Map<String, String> byskel = new HashMap<>();
            for (String letter : letters) {
                int cp = letter.codePointAt(0);
                String skel = checker.getSkeleton(letter);
                if (skel.equals(letter)) {
                    skel = smallCapitalSkeleton(checker, cp, skel);
                }
                skeletons.put(cp, skel);
                boolean folded = UCharacter.foldCase(cp, true) == cp;
                if (folded && recommended.contains(cp)) {
                    String prev = byskel.get(skel);
                    if (prev == null || prev.codePointAt(0) > cp) {
                        byskel.put(skel, letter);
                    }
                }
            }
            prototypes.put(script, Map.copyOf(byskel));
        }
    }

    /**
     * UTS #39 has no prototype for most small capitals ("ᴘᴀʏᴘᴀʟ"), but their Unicode names say
     * which letter they are.
     */
    private static String smallCapitalSkeleton(SpoofChecker checker, int cp, String skel) {
        String name = UCharacter.getName(cp);
        String prefix = "LATIN LETTER SMALL CAPITAL ";
        if (name != null && name.startsWith(prefix) && name.length() == prefix.length() + 1) {
            return checker.getSkeleton(name.substring(prefix.length()).toLowerCase(Locale.ROOT));
        }
        return skel;
    }

    MappedText apply(MappedText in) {
        String s = in.text;
        int n = s.length();
        int i = 0;
        MappedText.Builder out = null;
        int copied = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordChar(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            int target = targetScript(s, start, i);
            if (target != UScript.INVALID_CODE) {
                if (out == null) {
                    out = in.builder();
                }
                out.copy(copied, start);
                foldWord(s, start, i, target, out);
                copied = i;
            }
        }
        if (out == null) {
            return in;
        }
        out.copy(copied, n);
        return out.build();
    }

    private static boolean isWordChar(int cp) {
        return UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK;
    }

    /** The script a word should be folded to, or INVALID_CODE when it needs no folding. */
    private int targetScript(String s, int start, int end) {
        int[] counts = new int[SCRIPTS.length];
        boolean unusual = false;
        for (int k = start; k < end; ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            int idx = scriptIndex(UScript.getScript(cp));
            if (idx >= 0) {
                counts[idx]++;
                unusual |= !recommended.contains(cp);
            }
        }
        int present = 0;
        int best = -1;
        for (int k = 0; k < counts.length; k++) {
            if (counts[k] > 0) {
                present++;
                if (best < 0 || counts[k] > counts[best]) {
                    best = k;
                }
            }
        }
        if (present == 0 || (present == 1 && !unusual)) {
            return UScript.INVALID_CODE;
        }
        if (counts[0] > 0 && allFoldTo(s, start, end, UScript.LATIN)) {
            return UScript.LATIN;
        }
        return SCRIPTS[best];
    }

    private boolean allFoldTo(String s, int start, int end, int target) {
        Map<String, String> protos = prototypes.get(target);
        for (int k = start; k < end; ) {
            int cp = s.codePointAt(k);
            k += Character.charCount(cp);
            int script = UScript.getScript(cp);
            if (scriptIndex(script) < 0) {
                continue;
            }
            if ((script != target || !recommended.contains(cp))
                    && !protos.containsKey(skeletons.get(cp))) {
                return false;
            }
        }
        return true;
    }

    private void foldWord(String s, int start, int end, int target, MappedText.Builder out) {
        Map<String, String> protos = prototypes.get(target);
        for (int k = start; k < end; ) {
            int cp = s.codePointAt(k);
            int len = Character.charCount(cp);
            int script = UScript.getScript(cp);
            String replacement = null;
            if (scriptIndex(script) >= 0 && (script != target || !recommended.contains(cp))) {
                replacement = protos.get(skeletons.get(cp));
            }
            if (replacement == null) {
                out.copy(k, k + len);
            } else {
                out.append(replacement, k, k + len);
            }
            k += len;
        }
    }

    private static int scriptIndex(int script) {
        for (int k = 0; k < SCRIPTS.length; k++) {
            if (SCRIPTS[k] == script) {
                return k;
            }
        }
        return -1;
    }
}
